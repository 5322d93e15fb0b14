// zlib, for reading gzip-compressed input. Nothing here but the include.
#include <zlib.h>
