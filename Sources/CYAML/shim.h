#ifndef PIXC_CYAML_SHIM_H
#define PIXC_CYAML_SHIM_H
#include <yaml.h>
#endif
