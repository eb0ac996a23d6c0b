/* cpt-error.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CPT_ERROR (cpt_error_quark ())

/* Every refusal of the service layer is one of these, with a translated
 * sentence that names the thing refused. */
typedef enum
{
  CPT_ERROR_INVALID,   /* bad input: a value out of range, a missing field */
  CPT_ERROR_NOT_FOUND, /* the id names nothing */
  CPT_ERROR_CONFLICT,  /* duplicate number, concurrent change, merge refused */
  CPT_ERROR_STATE,     /* not allowed in the current status */
  CPT_ERROR_DATABASE,  /* SQLite failed */
  CPT_ERROR_IO,        /* a file could not be read or written */
  CPT_ERROR_NETWORK,   /* a server refused or could not be reached */
} CptErrorCode;

GQuark cpt_error_quark (void);

/* A CPT_ERROR_INVALID error may name the fields it refuses: a validator
 * collects every problem it finds into one error (its message joins the
 * sentences, one per line) and callers that place messages next to fields
 * (the HTTP API, forms) read the list back. Field names are the domain's:
 * "customer_id", "lines[1].quantity", "salesorder_number"… */
void         cpt_error_add_field       (GError     **problems,
                                        const char  *field,
                                        const char  *format,
                                        ...) G_GNUC_PRINTF (3, 4);
gboolean     cpt_error_collect         (GError     **problems,
                                        GError      *error,
                                        const char  *field,
                                        GError     **fatal);
gboolean     cpt_error_finish          (GError     **problems,
                                        GError     **error);
guint        cpt_error_get_n_fields    (const GError *error);
const char  *cpt_error_get_field       (const GError *error,
                                        guint         index,
                                        const char  **message);

G_END_DECLS
