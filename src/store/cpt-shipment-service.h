/* cpt-shipment-service.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cpt-database.h"
#include "cpt-line-quantity.h"
#include "cpt-shipment.h"

G_BEGIN_DECLS

/* Shipments. Each function is one BEGIN IMMEDIATE transaction; a refusal
 * (CPT_ERROR with a sentence naming the order, the line or the shipment)
 * leaves the database unchanged. */

typedef struct
{
  gint64                  warehouse_id;    /* 0: the order's warehouse */
  const char             *date;            /* YYYY-MM-DD; NULL: today */
  const char             *carrier;
  const char             *tracking_number;
  const CptLineQuantity  *lines;           /* NULL: everything that remains */
  guint                   n_lines;
} CptShipmentRequest;

/* What the shipments list shows, newest first; zero-initialised = all. */
typedef struct
{
  gint64       order_id;    /* 0 for all */
  const char  *search;      /* number, order number, customer, tracking; NULL or "" for all */
} CptShipmentQuery;

/* Ships quantities of a confirmed order: the stock leaves the warehouse as
 * stock movements, the lines' quantity shipped grows, the order's shipping
 * status and closing rule follow. Returns the new shipment's id, 0 on error. */
gint64       cpt_shipment_service_create          (CptDatabase               *db,
                                                   gint64                     order_id,
                                                   const CptShipmentRequest  *request,
                                                   GError                   **error);
/* @date: YYYY-MM-DD of the delivery; NULL: today. */
gboolean     cpt_shipment_service_mark_delivered  (CptDatabase               *db,
                                                   gint64                     shipment_id,
                                                   const char                *date,
                                                   GError                   **error);
/* Only while not delivered: the stock comes back, the quantities go back to
 * "to ship", and the order may reopen. */
gboolean     cpt_shipment_service_delete          (CptDatabase               *db,
                                                   gint64                     shipment_id,
                                                   GError                   **error);
/* Per line of the order, in order: whether it can be shipped (a service
 * cannot). (element-type gboolean) */
GArray      *cpt_shipment_service_dup_shippable   (CptDatabase               *db,
                                                   gint64                     order_id,
                                                   GError                   **error);
CptShipment *cpt_shipment_service_get             (CptDatabase               *db,
                                                   gint64                     shipment_id,
                                                   GError                   **error);
/* Keyset paging, newest first: @after is the last shipment of the previous
 * page, NULL for the first. Rows come without their lines. */
gboolean     cpt_shipment_service_list            (CptDatabase               *db,
                                                   const CptShipmentQuery    *query,
                                                   CptShipment               *after,
                                                   guint                      limit,
                                                   GPtrArray                **shipments,
                                                   GError                   **error);

/* For the lazy list (cpt-lazy-list.h): the ids in display order, and rows
 * by id. */
gboolean     cpt_shipment_service_list_ids        (CptDatabase               *db,
                                                   const CptShipmentQuery    *query,
                                                   GArray                   **ids,
                                                   GError                   **error);
gboolean     cpt_shipment_service_get_rows        (CptDatabase               *db,
                                                   const gint64              *ids,
                                                   guint                      n_ids,
                                                   GPtrArray                **shipments,
                                                   GError                   **error);

G_END_DECLS
