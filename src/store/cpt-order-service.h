/* cpt-order-service.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cpt-database.h"
#include "cpt-lazy-list.h"
#include "cpt-order.h"
#include "cpt-order-summary.h"

G_BEGIN_DECLS

/* Sales orders. Every function is one BEGIN IMMEDIATE transaction; a
 * refusal sets a translated CPT_ERROR naming the thing and leaves the file
 * unchanged. */

typedef enum
{
  CPT_ORDER_SORT_DATE,
  CPT_ORDER_SORT_NUMBER,
  CPT_ORDER_SORT_CUSTOMER,
  CPT_ORDER_SORT_TOTAL,
  CPT_ORDER_SORT_STATUS,
  CPT_ORDER_SORT_SHIPMENT_DATE,
} CptOrderSort;

/* What the orders list shows; CPT_ORDER_QUERY_INIT is every order,
 * newest first. */
typedef struct
{
  CptOrderSort  sort;
  gboolean      descending;
  int           status;      /* a CptOrderStatus, or -1 for all */
  gint64        customer_id; /* 0 for all */
  const char   *search;      /* number, reference or customer; NULL or "" for all */
} CptOrderQuery;

#define CPT_ORDER_QUERY_INIT { CPT_ORDER_SORT_DATE, TRUE, -1, 0, NULL }

/* A copy owns its search text; free it with cpt_order_query_free(). */
CptOrderQuery *cpt_order_query_copy (const CptOrderQuery *query);
void           cpt_order_query_free (CptOrderQuery       *query);

/* What the orders window gives cpt_lazy_list_new(). */
const CptLazyListSource *cpt_order_service_get_list_source (void);

/* Saves a new order (status DRAFT or CONFIRMED as set on @order). With no
 * number the next one of the sales-order series is taken; a number given
 * must be unique. Fills in @order: id, number, totals, line ids and
 * amounts, tax snapshots, customer name and addresses when unset. */
gboolean   cpt_order_service_create         (CptDatabase        *db,
                                             CptOrder           *order,
                                             GError            **error);
/* Creates many orders in one transaction (an import): all or nothing. */
gboolean   cpt_order_service_import         (CptDatabase        *db,
                                             CptOrder          **orders,
                                             guint               n_orders,
                                             GError            **error);
/* Replaces the header and the lines of a saved order. Lines keep their id
 * (what was shipped or invoiced stays attached); a line with id 0 is new;
 * a saved line missing from @order is removed. */
gboolean   cpt_order_service_update         (CptDatabase        *db,
                                             CptOrder           *order,
                                             GError            **error);
gboolean   cpt_order_service_confirm        (CptDatabase        *db,
                                             gint64              order_id,
                                             GError            **error);
gboolean   cpt_order_service_void           (CptDatabase        *db,
                                             gint64              order_id,
                                             const char         *reason,
                                             GError            **error);
gboolean   cpt_order_service_delete         (CptDatabase        *db,
                                             gint64              order_id,
                                             GError            **error);
gint64     cpt_order_service_duplicate      (CptDatabase        *db,
                                             gint64              order_id,
                                             GError            **error);
/* Records « envoyée à x@y.fr » and confirms a draft, in one transaction. */
gboolean   cpt_order_service_mark_sent      (CptDatabase        *db,
                                             gint64              order_id,
                                             const char         *recipient,
                                             GError            **error);
CptOrder  *cpt_order_service_get            (CptDatabase        *db,
                                             gint64              order_id,
                                             GError            **error);
/* The saved VAT summary of an order (one CptDocumentTax per rate), as
 * printed and as the API returns it. */
GPtrArray *cpt_order_service_get_taxes      (CptDatabase        *db,
                                             gint64              order_id,
                                             GError            **error);
gint64     cpt_order_service_find_by_number (CptDatabase        *db,
                                             const char         *number,
                                             GError            **error);

/* The lazy list: the first page without touching the whole table, every
 * matching id in display order (run it in a thread with its own
 * connection), then the rows of any ids, in the order given. */
gboolean   cpt_order_service_first_page     (CptDatabase        *db,
                                             const CptOrderQuery *query,
                                             guint               limit,
                                             GPtrArray         **summaries,
                                             GError            **error);
/* The page after @after (a summary of the previous page), by keyset. */
gboolean   cpt_order_service_next_page      (CptDatabase        *db,
                                             const CptOrderQuery *query,
                                             CptOrderSummary    *after,
                                             guint               limit,
                                             GPtrArray         **summaries,
                                             GError            **error);
gboolean   cpt_order_service_list_ids       (CptDatabase        *db,
                                             const CptOrderQuery *query,
                                             GArray            **ids,
                                             GError            **error);
gboolean   cpt_order_service_get_summaries  (CptDatabase        *db,
                                             const gint64       *ids,
                                             guint               n_ids,
                                             GPtrArray         **summaries,
                                             GError            **error);

G_END_DECLS
