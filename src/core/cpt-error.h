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

G_END_DECLS
