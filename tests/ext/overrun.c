/* The seed's "FIXME: can we verify the buffer overrun code?": write one byte
 * past a PyMem_Malloc'd block.  The debug allocator's trailing pad bytes
 * catch it when the block is freed. */
#include <Python.h>

static PyObject *
overrun_write(PyObject *self, PyObject *unused)
{
    char *p = PyMem_Malloc(16);
    if (p == NULL)
        return PyErr_NoMemory();
    memset(p, 'x', 16);
    p[16] = 'X';            /* one byte past the end */
    PyMem_Free(p);
    Py_RETURN_NONE;
}

static PyMethodDef overrun_methods[] = {
    {"write", overrun_write, METH_NOARGS, "write one byte past a 16-byte block"},
    {NULL, NULL, 0, NULL}
};

#if PY_MAJOR_VERSION >= 3
static struct PyModuleDef overrun_module = {
    PyModuleDef_HEAD_INIT, "overrun", NULL, -1, overrun_methods
};
PyMODINIT_FUNC PyInit_overrun(void) { return PyModule_Create(&overrun_module); }
#else
PyMODINIT_FUNC initoverrun(void) { Py_InitModule("overrun", overrun_methods); }
#endif
