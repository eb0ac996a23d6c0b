/* cpt-tax-service.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-database.h"
#include "cpt-tax.h"

G_BEGIN_DECLS

/* Taxes (Settings → Taxes). Writes emit CptDatabase::changed "taxes". */

GPtrArray *cpt_tax_service_list        (CptDatabase  *db,
                                        gboolean      include_inactive,
                                        GError      **error);
CptTax    *cpt_tax_service_get         (CptDatabase  *db,
                                        gint64        id,
                                        GError      **error);
CptTax    *cpt_tax_service_get_default (CptDatabase  *db,
                                        GError      **error);
gboolean   cpt_tax_service_create      (CptDatabase  *db,
                                        CptTax       *tax,
                                        GError      **error);
gboolean   cpt_tax_service_update      (CptDatabase  *db,
                                        CptTax       *tax,
                                        GError      **error);
gboolean   cpt_tax_service_delete      (CptDatabase  *db,
                                        gint64        id,
                                        GError      **error);
gboolean   cpt_tax_service_is_used     (CptDatabase  *db,
                                        gint64        id,
                                        gboolean     *used,
                                        GError      **error);

G_END_DECLS
