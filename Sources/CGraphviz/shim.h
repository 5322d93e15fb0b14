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

// Deterministic subgraph order. cgraph 2.43 gives a named object the address of its interned
// name as its id and keeps subgraphs ordered by id, so the order of `cluster_` groups in the
// output (and in dot/fdp layouts) would depend on malloc. This id discipline numbers named
// subgraphs 2, 4, 6, ... in creation order (even, like named ids; anonymous ids stay odd) and
// delegates every other object to the default discipline. Names are interned with agstrdup, as
// the default discipline's are: the DOT writer asks `aghtmlstr` of every name it prints, which
// reads the reference-counted string's header, so a plain strdup copy would be written as an
// HTML string (`<cluster_2>`) or not, depending on the bytes before it in the heap.
#include <stdlib.h>
#include <string.h>

typedef struct {
  void *base;
  char **names;
  size_t count, capacity;
  Agraph_t *root;
} cgv_id_state;

static inline void *cgv_id_open(Agraph_t *g, Agdisc_t *disc) {
  cgv_id_state *state = (cgv_id_state *)calloc(1, sizeof(cgv_id_state));
  if (state == NULL) return NULL;
  state->base = AgIdDisc.open(g, disc);
  state->root = g;
  return state;
}

static inline long cgv_id_map(void *s, int objtype, char *str, IDTYPE *id, int createflag) {
  cgv_id_state *state = (cgv_id_state *)s;
  if (objtype != AGRAPH || str == NULL) return AgIdDisc.map(state->base, objtype, str, id, createflag);
  for (size_t i = 0; i < state->count; i++) {
    if (strcmp(state->names[i], str) == 0) {
      *id = (IDTYPE)(2 * (i + 1));
      return 1;
    }
  }
  if (!createflag) return 0;
  if (state->count == state->capacity) {
    size_t capacity = state->capacity ? 2 * state->capacity : 64;
    char **names = (char **)realloc(state->names, capacity * sizeof(char *));
    if (names == NULL) return 0;
    state->names = names;
    state->capacity = capacity;
  }
  char *copy = agstrdup(state->root, str);
  if (copy == NULL) return 0;
  state->names[state->count++] = copy;
  *id = (IDTYPE)(2 * state->count);
  return 1;
}

static inline int cgv_id_is_ours(cgv_id_state *state, int objtype, IDTYPE id) {
  return objtype == AGRAPH && (id % 2) == 0 && id >= 2 && id <= (IDTYPE)(2 * state->count);
}

static inline long cgv_id_alloc(void *s, int objtype, IDTYPE id) {
  cgv_id_state *state = (cgv_id_state *)s;
  if (cgv_id_is_ours(state, objtype, id)) return 1;
  return AgIdDisc.alloc(state->base, objtype, id);
}

static inline void cgv_id_free(void *s, int objtype, IDTYPE id) {
  cgv_id_state *state = (cgv_id_state *)s;
  if (cgv_id_is_ours(state, objtype, id)) return;
  AgIdDisc.free(state->base, objtype, id);
}

static inline char *cgv_id_print(void *s, int objtype, IDTYPE id) {
  cgv_id_state *state = (cgv_id_state *)s;
  if (cgv_id_is_ours(state, objtype, id)) return state->names[id / 2 - 1];
  return AgIdDisc.print(state->base, objtype, id);
}

static inline void cgv_id_close(void *s) {
  cgv_id_state *state = (cgv_id_state *)s;
  AgIdDisc.close(state->base);
  for (size_t i = 0; i < state->count; i++) agstrfree(state->root, state->names[i]);
  free(state->names);
  free(state);
}

static inline void cgv_id_register(void *s, int objtype, void *obj) {
  cgv_id_state *state = (cgv_id_state *)s;
  if (AgIdDisc.idregister) AgIdDisc.idregister(state->base, objtype, obj);
}

/// The discipline for agopen: default memory and I/O, the deterministic id allocator above.
static inline Agdisc_t *cgv_deterministic_disc(void) {
  static Agiddisc_t ids = {cgv_id_open, cgv_id_map, cgv_id_alloc, cgv_id_free, cgv_id_print, cgv_id_close,
                           cgv_id_register};
  static Agdisc_t disc;
  disc.mem = &AgMemDisc;
  disc.id = &ids;
  disc.io = &AgIoDisc;
  return &disc;
}

// Graphviz's force-directed layouts draw from the C library's generators (drand48, rand); not
// all of them reseed from `start` (sfdp 2.43 does not), so the renderer seeds both before every
// layout to make a layout depend only on its input and seed, not on earlier layouts.
static inline void cgv_seed_random(unsigned long seed) {
  srand48((long)seed);
  srand((unsigned)seed);
}
