/* cpt-api-json.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cpt-address.h"

G_BEGIN_DECLS

#define CPT_API_MAX_BODY  (1024 * 1024)
#define CPT_API_MAX_DEPTH 32

/* One entry of the "details" array of an error answer. */
typedef struct
{
  char *code;
  char *message;
  char *field;
} CptApiDetail;

CptApiDetail *cpt_api_detail_new  (const char   *code,
                                   const char   *field,
                                   const char   *message);
void          cpt_api_detail_free (CptApiDetail *detail);

/* Refuses a body over CPT_API_MAX_BODY bytes or nested deeper than
 * CPT_API_MAX_DEPTH without building anything, then parses it. json-glib
 * 1.6 recurses once per level and overflows the stack on deep input, so
 * the scan must come first. CPT_ERROR_INVALID on malformed input. */
JsonNode     *cpt_api_json_parse  (const char   *data,
                                   gsize         length,
                                   GError      **error);

/* Reads typed fields out of a JSON object. Each reader returns TRUE when
 * the field is present with a usable value; FALSE when it is absent or
 * null (nothing recorded) or when it has a wrong type or value (a detail
 * naming the field is appended to the shared array). Nested objects and
 * array elements get readers whose field names carry the full path
 * ("line_items[1].quantity"). */
typedef struct _CptApiInput CptApiInput;

CptApiInput *cpt_api_input_new          (JsonObject   *object,
                                         GPtrArray    *details);
void         cpt_api_input_free         (CptApiInput  *input);
GPtrArray   *cpt_api_input_get_details  (CptApiInput  *input);
gboolean     cpt_api_input_has          (CptApiInput  *input,
                                         const char   *name);
gboolean     cpt_api_input_is_null      (CptApiInput  *input,
                                         const char   *name);
char        *cpt_api_input_dup_path     (CptApiInput  *input,
                                         const char   *name);
void         cpt_api_input_add_detail   (CptApiInput  *input,
                                         const char   *name,
                                         const char   *message);
gboolean     cpt_api_input_string       (CptApiInput  *input,
                                         const char   *name,
                                         char        **out);
gboolean     cpt_api_input_id           (CptApiInput  *input,
                                         const char   *name,
                                         gint64       *out);
gboolean     cpt_api_input_int          (CptApiInput  *input,
                                         const char   *name,
                                         gint64        min,
                                         gint64        max,
                                         gint64       *out);
gboolean     cpt_api_input_bool         (CptApiInput  *input,
                                         const char   *name,
                                         gboolean     *out);
gboolean     cpt_api_input_money        (CptApiInput  *input,
                                         const char   *name,
                                         gint64       *cents);
gboolean     cpt_api_input_quantity     (CptApiInput  *input,
                                         const char   *name,
                                         gint64       *thousandths);
gboolean     cpt_api_input_percent      (CptApiInput  *input,
                                         const char   *name,
                                         gint32       *basis_points);
gboolean     cpt_api_input_date         (CptApiInput  *input,
                                         const char   *name,
                                         char        **out);
gboolean     cpt_api_input_choice       (CptApiInput  *input,
                                         const char   *name,
                                         const char * const *choices,
                                         guint        *index);
CptApiInput *cpt_api_input_object       (CptApiInput  *input,
                                         const char   *name);
JsonArray   *cpt_api_input_array        (CptApiInput  *input,
                                         const char   *name);
CptApiInput *cpt_api_input_element      (CptApiInput  *input,
                                         const char   *array_name,
                                         JsonArray    *array,
                                         guint         index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CptApiInput, cpt_api_input_free)

/* Reads {street, street2, postcode, city, country} into a new address
 * (missing parts empty), or returns NULL when the member is absent. */
CptAddress *cpt_api_address_from_json (CptApiInput  *input,
                                       const char   *name);
void        cpt_api_address_to_json   (JsonBuilder      *builder,
                                       const char       *name,
                                       const CptAddress *address);

/* Writers: amounts, quantities and percentages as decimal strings with a
 * dot; 0 ids and NULL texts as null. */
void cpt_api_json_add_money    (JsonBuilder *builder,
                                const char  *name,
                                gint64       cents);
void cpt_api_json_add_quantity (JsonBuilder *builder,
                                const char  *name,
                                gint64       thousandths);
void cpt_api_json_add_percent  (JsonBuilder *builder,
                                const char  *name,
                                gint32       basis_points);
void cpt_api_json_add_id       (JsonBuilder *builder,
                                const char  *name,
                                gint64       id);
void cpt_api_json_add_string   (JsonBuilder *builder,
                                const char  *name,
                                const char  *value);
void cpt_api_json_add_bool     (JsonBuilder *builder,
                                const char  *name,
                                gboolean     value);
void cpt_api_json_add_int      (JsonBuilder *builder,
                                const char  *name,
                                gint64       value);

G_END_DECLS
