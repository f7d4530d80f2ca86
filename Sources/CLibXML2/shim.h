#ifndef HIRE_CLIBXML2_SHIM_H
#define HIRE_CLIBXML2_SHIM_H

/* libxml2 built with ICU includes <unicode/ucnv.h>, whose enums clash with Foundation's own
   copy of ICU when both are visible to Swift. Hire never touches the ICU converter fields, so
   declare the two types encoding.h needs and keep the system ICU headers out. */
#ifndef UCNV_H
#define UCNV_H 1
#include <stdint.h>
typedef struct UConverter UConverter;
typedef uint16_t UChar;
#endif

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>
#include <zlib.h>

/// The line the parser is at (1-based), or 0 without input.
static inline int hire_ctxt_line(xmlParserCtxtPtr ctxt) {
    return (ctxt != NULL && ctxt->input != NULL) ? ctxt->input->line : 0;
}

/// The column the parser is at (1-based), or 0 without input.
static inline int hire_ctxt_column(xmlParserCtxtPtr ctxt) {
    return (ctxt != NULL && ctxt->input != NULL) ? ctxt->input->col : 0;
}

/// The declared or detected encoding of the document, or NULL.
static inline const char *hire_ctxt_encoding(xmlParserCtxtPtr ctxt) {
    if (ctxt == NULL) return NULL;
    if (ctxt->encoding != NULL) return (const char *)ctxt->encoding;
    if (ctxt->input != NULL && ctxt->input->encoding != NULL) return (const char *)ctxt->input->encoding;
    return NULL;
}

/// The parser's name dictionary, for interning names once.
static inline xmlDictPtr hire_ctxt_dict(xmlParserCtxtPtr ctxt) {
    return ctxt != NULL ? ctxt->dict : NULL;
}

/// How many attribute slots (five per attribute) the parser has grown for the largest start
/// tag so far, including one it is still reading.
static inline int hire_ctxt_attribute_slots(xmlParserCtxtPtr ctxt) {
    return ctxt != NULL ? ctxt->maxatts : 0;
}

/// Whether the document is still well-formed so far.
static inline int hire_ctxt_well_formed(xmlParserCtxtPtr ctxt) {
    return ctxt != NULL ? ctxt->wellFormed : 0;
}

static void hire_silent_generic_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }

/// Stops libxml2 printing errors to stderr by itself; Hire reports them as diagnostics.
static inline void hire_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, hire_silent_generic_error);
}

#endif
