#!/bin/sh
echo "app 1.4.2"
