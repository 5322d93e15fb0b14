// The Graphviz C library (cgraph + gvc). pkg-config's libgvc adds -I/usr/include/graphviz.
#include <gvc.h>
#include <cgraph.h>

// Swift 6 refuses to read mutable C globals such as Agdirected ("not concurrency-safe"),
// so these wrappers return them by value.
static inline Agdesc_t cgv_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_undirected(void) { return Agundirected; }
