/* A small extension module of our own, built by each interpreter. */
#include <Python.h>

static PyObject *
foo_add(PyObject *self, PyObject *args)
{
    long a, b;
    if (!PyArg_ParseTuple(args, "ll", &a, &b))
        return NULL;
    return PyLong_FromLong(a + b);
}

/* Which build this module was compiled for. */
static PyObject *
foo_built_for(PyObject *self, PyObject *unused)
{
#ifdef Py_DEBUG
    return Py_BuildValue("s", "debug");
#else
    return Py_BuildValue("s", "optimized");
#endif
}

static PyMethodDef foo_methods[] = {
    {"add", foo_add, METH_VARARGS, "add(a, b) -> a + b"},
    {"built_for", foo_built_for, METH_NOARGS, "the build this module targets"},
    {NULL, NULL, 0, NULL}
};

#if PY_MAJOR_VERSION >= 3
static struct PyModuleDef foo_module = {
    PyModuleDef_HEAD_INIT, "foo", NULL, -1, foo_methods
};
PyMODINIT_FUNC PyInit_foo(void) { return PyModule_Create(&foo_module); }
#else
PyMODINIT_FUNC initfoo(void) { Py_InitModule("foo", foo_methods); }
#endif
