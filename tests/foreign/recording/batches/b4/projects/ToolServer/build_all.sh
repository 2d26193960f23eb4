#!/bin/bash
set -e
echo "building toolserver-node ..."
docker build -f dockerfiles/ToolServerNode/Dockerfile -t xagent/toolserver-node:latest .
echo "building toolserver-manager ..."
docker build -f dockerfiles/ToolServerManager/Dockerfile -t xagent/toolserver-manager:latest .
