/* A program embedding the interpreter it was compiled and linked for. */
#include <Python.h>
#include <stdio.h>

int
main(int argc, char **argv)
{
    Py_Initialize();
    PyRun_SimpleString(
        "import sys\n"
        "print('embedded %s pydebug=%s' % (sys.version.split()[0], getattr(sys, 'pydebug', None)))\n"
        "print('refs=%s' % hasattr(sys, 'gettotalrefcount'))\n");
    Py_Finalize();
    return 0;
}
