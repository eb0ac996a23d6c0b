/* cpt-error.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-error"

#include "config.h"

#include "cpt-error.h"

G_DEFINE_QUARK (cpt-error-quark, cpt_error)
