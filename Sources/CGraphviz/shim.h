// The Graphviz C library (cgraph + gvc). pkg-config's libgvc adds -I/usr/include/graphviz.
#include <gvc.h>
#include <cgraph.h>

// Swift 6 refuses to read mutable C globals such as Agdirected ("not concurrency-safe"),
// so these wrappers return them by value.
static inline Agdesc_t cgv_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_undirected(void) { return Agundirected; }

// Swift cannot call C macros: these read a laid-out graph (positions and boxes in points).
static inline double cgv_node_x(Agnode_t *n) { return ND_coord(n).x; }
static inline double cgv_node_y(Agnode_t *n) { return ND_coord(n).y; }
static inline double cgv_graph_llx(Agraph_t *g) { return GD_bb(g).LL.x; }
static inline double cgv_graph_lly(Agraph_t *g) { return GD_bb(g).LL.y; }
static inline double cgv_graph_urx(Agraph_t *g) { return GD_bb(g).UR.x; }
static inline double cgv_graph_ury(Agraph_t *g) { return GD_bb(g).UR.y; }

// Sets an HTML-like attribute value (`<...>` in DOT). Only RecruitNet's own legend markup, whose
// text parts are entity-escaped, ever goes through this; input never does.
static inline int cgv_set_html(Agraph_t *root, void *object, int kind, char *name, char *value) {
  Agsym_t *symbol = agattr(root, kind, name, NULL);
  if (symbol == NULL) {
    char empty[] = "";
    symbol = agattr(root, kind, name, empty);
  }
  if (symbol == NULL) return -1;
  char *html = agstrdup_html(root, value);
  int result = agxset(object, symbol, html);
  agstrfree(root, html);
  return result;
}
