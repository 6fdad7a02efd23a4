// libxml2's HTML and XML parsers, for `gazette import` (pkg-config libxml-2.0, Debian libxml2-dev).
#include <libxml/xmlversion.h>
// Debian's libxml2 is built with ICU, and its headers would then pull in the system's ICU,
// which clashes with the copy Foundation ships. Gazette converts encodings itself (iconv) and
// hands libxml2 UTF-8 only, so the ICU declarations are not needed.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// Frees memory libxml2 allocated (xmlFree is a global function pointer, which Swift 6 treats
/// as shared mutable state).
static inline void gz_xml_free(void *pointer) { xmlFree(pointer); }
