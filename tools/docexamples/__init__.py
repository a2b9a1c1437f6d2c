"""Every code block on the pages is a program: find, extract, run and check it."""
