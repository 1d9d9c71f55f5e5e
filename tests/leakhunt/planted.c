/* planted: a C extension with a planted reference leak, for the leak hunter's
 * tests.  It builds for Python 2.7 and 3.x.
 *
 *   planted.leak(n=1)   creates n objects of type planted.Planted and leaks
 *                       one reference to each (never released): n objects,
 *                       n references and n memory blocks per call
 *   planted.noleak(n=1) creates n Planted objects and releases them
 *   planted.leak_ref(obj) takes a reference to obj and never drops it
 *                       (a reference leak that allocates nothing)
 *   planted.built_for() "debug" or "optimized"
 */
#include <Python.h>

typedef struct {
    PyObject_HEAD
    long serial;
} PlantedObject;

static PyTypeObject Planted_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    "planted.Planted",              /* tp_name */
    sizeof(PlantedObject),          /* tp_basicsize */
};

static long serial;

static PyObject *
new_planted(void)
{
    PlantedObject *p = PyObject_New(PlantedObject, &Planted_Type);
    if (p != NULL)
        p->serial = ++serial;
    return (PyObject *)p;
}

static int
count_arg(PyObject *args, Py_ssize_t *n)
{
    *n = 1;
    if (!PyArg_ParseTuple(args, "|n", n))
        return -1;
    if (*n < 0) {
        PyErr_SetString(PyExc_ValueError, "n must be >= 0");
        return -1;
    }
    return 0;
}

static PyObject *
planted_leak(PyObject *self, PyObject *args)
{
    Py_ssize_t i, n;
    if (count_arg(args, &n) < 0)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *p = new_planted();
        if (p == NULL)
            return NULL;
        /* The planted bug: the new reference is never released. */
    }
    Py_RETURN_NONE;
}

static PyObject *
planted_noleak(PyObject *self, PyObject *args)
{
    Py_ssize_t i, n;
    if (count_arg(args, &n) < 0)
        return NULL;
    for (i = 0; i < n; i++) {
        PyObject *p = new_planted();
        if (p == NULL)
            return NULL;
        Py_DECREF(p);
    }
    Py_RETURN_NONE;
}

static PyObject *
planted_leak_ref(PyObject *self, PyObject *obj)
{
    Py_INCREF(obj);  /* never released */
    Py_RETURN_NONE;
}

static PyObject *
planted_built_for(PyObject *self, PyObject *unused)
{
#ifdef Py_REF_DEBUG
    return Py_BuildValue("s", "debug");
#else
    return Py_BuildValue("s", "optimized");
#endif
}

static PyMethodDef planted_methods[] = {
    {"leak", planted_leak, METH_VARARGS, "leak(n=1): leak n new Planted objects"},
    {"noleak", planted_noleak, METH_VARARGS, "noleak(n=1): create and free n Planted objects"},
    {"leak_ref", planted_leak_ref, METH_O, "leak_ref(obj): leak a reference to obj"},
    {"built_for", planted_built_for, METH_NOARGS, "'debug' or 'optimized'"},
    {NULL, NULL, 0, NULL}
};

#if PY_MAJOR_VERSION >= 3
static struct PyModuleDef planted_module = {
    PyModuleDef_HEAD_INIT, "planted", "A planted reference leak.", -1, planted_methods
};

PyMODINIT_FUNC
PyInit_planted(void)
{
    PyObject *m;
    Planted_Type.tp_flags = Py_TPFLAGS_DEFAULT;
    if (PyType_Ready(&Planted_Type) < 0)
        return NULL;
    m = PyModule_Create(&planted_module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&Planted_Type);
    if (PyModule_AddObject(m, "Planted", (PyObject *)&Planted_Type) < 0) {
        Py_DECREF(&Planted_Type);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
#else
PyMODINIT_FUNC
initplanted(void)
{
    PyObject *m;
    Planted_Type.tp_flags = Py_TPFLAGS_DEFAULT;
    if (PyType_Ready(&Planted_Type) < 0)
        return;
    m = Py_InitModule3("planted", planted_methods, "A planted reference leak.");
    if (m == NULL)
        return;
    Py_INCREF(&Planted_Type);
    PyModule_AddObject(m, "Planted", (PyObject *)&Planted_Type);
}
#endif
