/* cpt-order-service-private.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "cpt-order-service.h"
#include "cpt-totals.h"

G_BEGIN_DECLS

/* For the services built on orders (shipments, invoices, credit notes,
 * closing, merge). Every function here runs inside the caller's
 * transaction (cpt_database_begin … commit) and never opens one. */

const char    *cpt_order_status_to_sql            (CptOrderStatus     status);
CptOrderStatus cpt_order_status_from_sql          (const char        *text);
const char    *cpt_invoiced_status_to_sql         (CptInvoicedStatus  status);
CptInvoicedStatus cpt_invoiced_status_from_sql    (const char        *text);
const char    *cpt_shipped_status_to_sql          (CptShippedStatus   status);
CptShippedStatus cpt_shipped_status_from_sql      (const char        *text);

/* Status and number of an order; NOT_FOUND names the id. */
gboolean       cpt_order_service_lookup           (CptDatabase       *db,
                                                   gint64             order_id,
                                                   CptOrderStatus    *status,
                                                   char             **number,
                                                   GError           **error);
/* The order's lines (CptOrderLine, by position) with shipped/invoiced. */
GPtrArray     *cpt_order_service_load_lines       (CptDatabase       *db,
                                                   gint64             order_id,
                                                   GError           **error);
/* The whole order, without its history, as saved. */
CptOrder      *cpt_order_service_load             (CptDatabase       *db,
                                                   gint64             order_id,
                                                   GError           **error);
/* Adds @shipped and @invoiced (signed thousandths) to a line's quantities;
 * refuses (CPT_ERROR_INVALID naming the line) going below 0 or above what
 * was ordered. */
gboolean       cpt_order_service_add_line_quantities (CptDatabase    *db,
                                                   gint64             line_id,
                                                   gint64             shipped,
                                                   gint64             invoiced,
                                                   GError           **error);
/* Derives invoiced_status and shipped_status from the lines and stores
 * them; returns them too (either pointer may be NULL). */
gboolean       cpt_order_service_recompute_sub_statuses (CptDatabase *db,
                                                   gint64             order_id,
                                                   CptInvoicedStatus *invoiced,
                                                   CptShippedStatus  *shipped,
                                                   GError           **error);
/* Sets the status (no rule checked: the caller decides) and updated_at. */
gboolean       cpt_order_service_set_status       (CptDatabase       *db,
                                                   gint64             order_id,
                                                   CptOrderStatus     status,
                                                   GError           **error);
/* Validates @order, computes its totals, takes a number when it has none,
 * and writes it (insert when its id is 0, else update) with its lines and
 * its VAT summary. The caller records history. */
gboolean       cpt_order_service_save             (CptDatabase       *db,
                                                   CptOrder          *order,
                                                   GError           **error);

/* SQLite helpers shared by the order files. */
gboolean       cpt_order_sql_step_done            (CptDatabase       *db,
                                                   sqlite3_stmt      *stmt,
                                                   GError           **error);
/* A CptAddress from five columns: street, street2, postcode, city, country. */
CptAddress    *cpt_order_sql_address              (sqlite3_stmt      *stmt,
                                                   int                first);
/* Sets the database's error for @rc, resets @stmt, returns FALSE. */
gboolean       cpt_order_sql_fail                 (CptDatabase       *db,
                                                   sqlite3_stmt      *stmt,
                                                   int                rc,
                                                   GError           **error);
CptDiscountKind cpt_order_discount_kind_from_sql   (const char        *text);

G_END_DECLS
