"""`make bench`: measure on this machine, keep the data, draw the charts."""
