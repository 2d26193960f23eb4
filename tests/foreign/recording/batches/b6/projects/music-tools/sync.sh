#!/bin/sh
spotdl sync playlist.spotdl --output ~/Music
