/* lifecycle-fixture.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "order-fixture.h"

G_BEGIN_DECLS

/* A file with a customer and two stocked goods (10 each in the main
 * warehouse) for the shipment, invoice, credit-note and merge tests. */
typedef struct
{
  char        *dir;
  CptDatabase *db;
  gint64       customer_id;
  gint64       item_a;   /* 10,00 € excl. VAT, TVA 20 % */
  gint64       item_b;   /* 25,00 € excl. VAT, TVA 20 % */
} LifecycleFixture;

void    lifecycle_fixture_set_up    (LifecycleFixture *f,
                                     gconstpointer     data);
void    lifecycle_fixture_tear_down (LifecycleFixture *f,
                                     gconstpointer     data);
/* A saved order of @customer_id with @qty_a of item A and @qty_b of item B
 * (thousandths; 0 leaves the line out), in @status; returns its id. */
gint64  lifecycle_order             (LifecycleFixture *f,
                                     gint64            customer_id,
                                     const char       *date,
                                     gint64            qty_a,
                                     gint64            qty_b,
                                     CptOrderStatus    status);
/* The id of the line at @position of @order_id. */
gint64  lifecycle_line_id           (LifecycleFixture *f,
                                     gint64            order_id,
                                     int               position);
gint64  lifecycle_stock             (LifecycleFixture *f,
                                     gint64            item_id,
                                     const char       *column);

G_END_DECLS
