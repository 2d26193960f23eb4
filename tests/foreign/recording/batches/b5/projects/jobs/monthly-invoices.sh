#!/bin/sh
echo "monthly-invoices ran at $(date)"
