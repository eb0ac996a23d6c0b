/* cpt-totals.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  CPT_DISCOUNT_NONE,
  CPT_DISCOUNT_PERCENT,
  CPT_DISCOUNT_AMOUNT,
} CptDiscountKind;

typedef struct
{
  gint64 quantity;   /* thousandths, >= 0 */
  gint64 unit_price; /* cents excl. VAT, may be negative (credit notes) */
  gint32 discount;   /* basis points, 0..10000 */
  gint64 tax_id;
  gint32 tax_rate;   /* basis points, >= 0 */
} CptTotalsLine;

typedef struct
{
  const CptTotalsLine *lines;
  guint                n_lines;
  CptDiscountKind      discount_kind;
  gint64               discount_value;   /* basis points or cents */
  gint64               shipping;         /* cents excl. VAT */
  gint64               shipping_tax_id;
  gint32               shipping_tax_rate;
  gint64               adjustment;       /* cents, added after VAT */
  gboolean             no_vat;           /* franchise en base: VAT is 0 */
} CptTotalsInput;

typedef struct
{
  gint64 tax_id;
  gint32 rate;
  gint64 base;
  gint64 amount;
} CptTaxTotal;

typedef struct
{
  GArray *line_nets;      /* gint64 per line, after the line discount */
  GArray *line_discounts; /* gint64 per line, its share of the order discount */
  gint64  subtotal;       /* Σ line nets */
  gint64  discount_total;
  gint64  shipping;
  GArray *taxes;          /* CptTaxTotal, by rate descending then tax_id */
  gint64  tax_total;
  gint64  adjustment;
  gint64  total;          /* Σ bases + Σ VAT + adjustment */
} CptTotals;

gboolean cpt_totals_line_net (gint64                 quantity,
                              gint64                 unit_price,
                              gint32                 discount,
                              gint64                *net,
                              GError               **error);
gboolean cpt_totals_compute  (const CptTotalsInput  *input,
                              CptTotals             *totals,
                              GError               **error);
void     cpt_totals_clear    (CptTotals             *totals);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CptTotals, cpt_totals_clear)

G_END_DECLS
