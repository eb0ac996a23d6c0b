/* cpt-customer-service.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-customer.h"
#include "cpt-database.h"

G_BEGIN_DECLS

/* Customers: every write is one transaction and emits
 * CptDatabase::changed with "customers". Lists are sorted by name
 * (accents and case ignored), then id. */

gboolean     cpt_customer_service_create      (CptDatabase   *db,
                                               CptCustomer   *customer,
                                               GError       **error);
gboolean     cpt_customer_service_update      (CptDatabase   *db,
                                               CptCustomer   *customer,
                                               GError       **error);
gboolean     cpt_customer_service_delete      (CptDatabase   *db,
                                               gint64         id,
                                               GError       **error);
CptCustomer *cpt_customer_service_get         (CptDatabase   *db,
                                               gint64         id,
                                               GError       **error);
GPtrArray   *cpt_customer_service_get_many    (CptDatabase   *db,
                                               const gint64  *ids,
                                               guint          n_ids,
                                               GError       **error);
GArray      *cpt_customer_service_list_ids    (CptDatabase   *db,
                                               const char    *search,
                                               GError       **error);
GPtrArray   *cpt_customer_service_list        (CptDatabase   *db,
                                               const char    *search,
                                               const char    *cursor,
                                               guint          limit,
                                               char         **next_cursor,
                                               GError       **error);
GPtrArray   *cpt_customer_service_complete    (CptDatabase   *db,
                                               const char    *text,
                                               guint          limit,
                                               GError       **error);
gboolean     cpt_customer_service_get_amounts (CptDatabase   *db,
                                               gint64         id,
                                               gint64        *to_invoice,
                                               gint64        *unpaid,
                                               GError       **error);

G_END_DECLS
