# Never imported: sys is built into CPython, so this file cannot shadow it.
maxsize = 5
