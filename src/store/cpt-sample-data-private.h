/* cpt-sample-data-private.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "cpt-sample-data.h"

G_BEGIN_DECLS

/* What the steps of cpt_sample_data_load() share. Each step runs inside
 * the one transaction of the load and may read what earlier steps made.
 * To add a part of the demo (shipments, invoices…), write a step in its
 * own file and list it in the steps of cpt-sample-data.c. */
typedef struct
{
  GRand  *rand;           /* fixed seed: the same demo every time */
  char   *today;          /* YYYY-MM-DD */
  gint64  warehouses[2];  /* main, second */
  gint64  tax_standard;   /* 20 % */
  gint64  tax_reduced;    /* 5,5 % */
  GArray *customer_ids;   /* gint64 */
  GArray *goods_ids;      /* gint64, stocked items */
  GArray *service_ids;    /* gint64 */
  GArray *confirmed_ids;  /* gint64: confirmed orders, oldest first */
} CptSampleContext;

typedef gboolean (*CptSampleStep) (CptDatabase       *db,
                                   CptSampleContext  *context,
                                   GError           **error);

char     *cpt_sample_context_date     (CptSampleContext  *context,
                                       int                days_ago);

gboolean  cpt_sample_data_load_orders (CptDatabase       *db,
                                       CptSampleContext  *context,
                                       GError           **error);

gboolean  cpt_sample_data_load_lifecycle (CptDatabase       *db,
                                          CptSampleContext  *context,
                                          GError           **error);

G_END_DECLS
