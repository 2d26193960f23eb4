#!/bin/sh
set -e
pg_dump "$DATABASE_URL" > backup.sql
