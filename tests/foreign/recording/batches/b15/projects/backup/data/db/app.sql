db dump
