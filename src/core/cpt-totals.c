/* cpt-totals.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-totals"

#include "config.h"

#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-money.h"
#include "cpt-totals.h"

/* The rules are ARCHITECTURE.md §7: every product is exact in 128-bit
 * integers and rounded once, half away from zero; every sum is checked. */

static void
set_overflow_error (GError **error)
{
  g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                       _("The amounts are too large to be computed."));
}

/* num / den (den > 0) rounded half away from zero, if it fits a gint64. */
static gboolean
round_div_128 (__int128  num,
               __int128  den,
               gint64   *out)
{
  __int128 q;
  __int128 r;

  g_assert (den > 0);

  q = num / den;
  r = num % den;
  if (2 * (r < 0 ? -r : r) >= den)
    q += num < 0 ? -1 : 1;
  if (q > G_MAXINT64 || q < G_MININT64)
    return FALSE;
  *out = (gint64) q;
  return TRUE;
}

static gboolean
add_checked (gint64  *sum,
             gint64   value,
             GError **error)
{
  if (!cpt_money_add (*sum, value, sum))
    {
      set_overflow_error (error);
      return FALSE;
    }
  return TRUE;
}

/**
 * cpt_totals_line_net:
 * @quantity: thousandths, not negative
 * @unit_price: cents
 * @discount: basis points, 0 to 10000
 * @net: (out): quantity × unit price × (1 − discount) in cents
 *
 * 1,5 × 19,99 € = 29,985 € gives 29,99 €.
 */
gboolean
cpt_totals_line_net (gint64   quantity,
                     gint64   unit_price,
                     gint32   discount,
                     gint64  *net,
                     GError **error)
{
  __int128 num;

  g_return_val_if_fail (net != NULL, FALSE);

  if (quantity < 0)
    {
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("The quantity cannot be negative."));
      return FALSE;
    }
  if (discount < 0 || discount > CPT_PERCENT_HUNDRED)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The discount must be between 0 and 100 %%."));
      return FALSE;
    }

  if (__builtin_mul_overflow ((__int128) quantity, (__int128) unit_price, &num) ||
      __builtin_mul_overflow (num, (__int128) (CPT_PERCENT_HUNDRED - discount), &num) ||
      !round_div_128 (num, (__int128) CPT_QUANTITY_ONE * CPT_PERCENT_HUNDRED, net))
    {
      set_overflow_error (error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_line (const CptTotalsLine  *line,
            guint                 position,
            gint64               *net,
            GError              **error)
{
  if (line->quantity < 0)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("Line %u has a negative quantity."), position);
      return FALSE;
    }
  if (line->discount < 0 || line->discount > CPT_PERCENT_HUNDRED)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The discount of line %u must be between 0 and 100 %%."), position);
      return FALSE;
    }
  if (line->tax_rate < 0)
    {
      g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                   _("The VAT rate of line %u is negative."), position);
      return FALSE;
    }
  return cpt_totals_line_net (line->quantity, line->unit_price, line->discount, net, error);
}

/* Works out the order discount in cents, of the sign of the subtotal. */
static gboolean
order_discount (const CptTotalsInput  *input,
                gint64                 subtotal,
                gint64                *discount,
                GError               **error)
{
  switch (input->discount_kind)
    {
    case CPT_DISCOUNT_NONE:
      *discount = 0;
      return TRUE;

    case CPT_DISCOUNT_PERCENT:
      if (input->discount_value < 0 || input->discount_value > CPT_PERCENT_HUNDRED)
        {
          g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                       _("The order discount must be between 0 and 100 %%."));
          return FALSE;
        }
      if (!round_div_128 ((__int128) subtotal * input->discount_value,
                          CPT_PERCENT_HUNDRED, discount))
        {
          set_overflow_error (error);
          return FALSE;
        }
      return TRUE;

    case CPT_DISCOUNT_AMOUNT:
      {
        gint64 value = input->discount_value;
        g_autofree char *value_text = cpt_money_format (value);
        g_autofree char *subtotal_text = cpt_money_format (subtotal);

        /* A credit note has a negative subtotal; its discount is negative
         * too, so that it brings the total closer to zero. */
        if (subtotal >= 0 && value < 0)
          {
            g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                         _("The discount of %s is negative."), value_text);
            return FALSE;
          }
        if (subtotal < 0 && value > 0)
          {
            g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                         _("The discount of %s must be negative, like the subtotal of %s."),
                         value_text, subtotal_text);
            return FALSE;
          }
        if ((subtotal >= 0 && value > subtotal) || (subtotal < 0 && value < subtotal))
          {
            g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                         _("The discount of %s is larger than the subtotal of %s."),
                         value_text, subtotal_text);
            return FALSE;
          }
        *discount = value;
        return TRUE;
      }

    default:
      g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                           _("The kind of discount is unknown."));
      return FALSE;
    }
}

typedef struct
{
  guint    index;
  __int128 remainder;
} Share;

static int
compare_shares (gconstpointer a,
                gconstpointer b)
{
  const Share *sa = a;
  const Share *sb = b;

  if (sa->remainder != sb->remainder)
    return sa->remainder > sb->remainder ? -1 : 1;
  return sa->index < sb->index ? -1 : sa->index > sb->index;
}

/* Spreads @discount over the lines in proportion to their nets: each line
 * gets the floor of its exact share, then the cents left go one by one to
 * the largest remainders, the earlier line first on ties. The parts add up
 * to @discount exactly, whatever the signs. */
static void
spread_discount (const GArray *nets,
                 gint64        subtotal,
                 gint64        discount,
                 GArray       *parts)
{
  g_autofree Share *shares = NULL;
  __int128 num_sign = 1;
  __int128 den;
  __int128 given = 0;
  __int128 left;

  g_array_set_size (parts, nets->len);
  for (guint i = 0; i < nets->len; i++)
    g_array_index (parts, gint64, i) = 0;

  if (discount == 0 || nets->len == 0)
    return;
  /* A non-zero discount implies a non-zero subtotal (it is a share of it). */
  g_assert (subtotal != 0);

  /* Keep the divisor positive so that floor and remainder are simple. */
  den = subtotal;
  if (den < 0)
    den = -den, num_sign = -1;

  shares = g_new0 (Share, nets->len);
  for (guint i = 0; i < nets->len; i++)
    {
      __int128 num = num_sign * (__int128) discount * g_array_index (nets, gint64, i);
      __int128 q = num / den;
      __int128 r = num % den;

      if (r < 0)
        q -= 1, r += den;
      g_array_index (parts, gint64, i) = (gint64) q;
      given += q;
      shares[i].index = i;
      shares[i].remainder = r;
    }

  left = discount - given;
  g_assert (left >= 0 && left < nets->len);
  if (left == 0)
    return;

  qsort (shares, nets->len, sizeof (Share), compare_shares);
  for (guint k = 0; k < (guint) left; k++)
    g_array_index (parts, gint64, shares[k].index) += 1;
}

static CptTaxTotal *
find_tax (GArray *taxes,
          gint64  tax_id,
          gint32  rate)
{
  CptTaxTotal tax = { tax_id, rate, 0, 0 };

  for (guint i = 0; i < taxes->len; i++)
    {
      CptTaxTotal *t = &g_array_index (taxes, CptTaxTotal, i);

      if (t->tax_id == tax_id && t->rate == rate)
        return t;
    }
  g_array_append_val (taxes, tax);
  return &g_array_index (taxes, CptTaxTotal, taxes->len - 1);
}

static int
compare_taxes (gconstpointer a,
               gconstpointer b)
{
  const CptTaxTotal *ta = a;
  const CptTaxTotal *tb = b;

  if (ta->rate != tb->rate)
    return ta->rate > tb->rate ? -1 : 1;
  return ta->tax_id < tb->tax_id ? -1 : ta->tax_id > tb->tax_id;
}

static gboolean
compute (const CptTotalsInput  *input,
         CptTotals             *totals,
         GError               **error)
{
  gint64 bases = 0;

  for (guint i = 0; i < input->n_lines; i++)
    {
      gint64 net;

      if (!check_line (&input->lines[i], i + 1, &net, error) ||
          !add_checked (&totals->subtotal, net, error))
        return FALSE;
      g_array_append_val (totals->line_nets, net);
    }

  if (!order_discount (input, totals->subtotal, &totals->discount_total, error))
    return FALSE;
  spread_discount (totals->line_nets, totals->subtotal, totals->discount_total,
                   totals->line_discounts);

  /* A line's base cannot overflow: its discount share lies between 0 and
   * its net. */
  for (guint i = 0; i < input->n_lines; i++)
    {
      const CptTotalsLine *line = &input->lines[i];
      CptTaxTotal *tax = find_tax (totals->taxes, line->tax_id, line->tax_rate);
      gint64 base = g_array_index (totals->line_nets, gint64, i) -
                    g_array_index (totals->line_discounts, gint64, i);

      if (!add_checked (&tax->base, base, error))
        return FALSE;
    }

  totals->shipping = input->shipping;
  if (input->shipping != 0)
    {
      CptTaxTotal *tax;

      if (input->shipping_tax_rate < 0)
        {
          g_set_error_literal (error, CPT_ERROR, CPT_ERROR_INVALID,
                               _("The VAT rate of the shipping charges is negative."));
          return FALSE;
        }
      tax = find_tax (totals->taxes, input->shipping_tax_id, input->shipping_tax_rate);
      if (!add_checked (&tax->base, input->shipping, error))
        return FALSE;
    }

  g_array_sort (totals->taxes, compare_taxes);

  for (guint i = 0; i < totals->taxes->len; i++)
    {
      CptTaxTotal *tax = &g_array_index (totals->taxes, CptTaxTotal, i);

      if (input->no_vat)
        tax->amount = 0;
      else if (!round_div_128 ((__int128) tax->base * tax->rate, CPT_PERCENT_HUNDRED,
                               &tax->amount))
        {
          set_overflow_error (error);
          return FALSE;
        }
      if (!add_checked (&totals->tax_total, tax->amount, error) ||
          !add_checked (&bases, tax->base, error))
        return FALSE;
    }

  totals->adjustment = input->adjustment;
  totals->total = bases;
  return add_checked (&totals->total, totals->tax_total, error) &&
         add_checked (&totals->total, totals->adjustment, error);
}

/**
 * cpt_totals_compute:
 * @input: the lines and the order-level amounts
 * @totals: (out caller-allocates): filled from scratch; free with
 *   cpt_totals_clear(). Left cleared on error.
 * @error: CPT_ERROR_INVALID naming the line or the amount refused
 *
 * Computes the totals of an order, an invoice or a credit note.
 */
gboolean
cpt_totals_compute (const CptTotalsInput  *input,
                    CptTotals             *totals,
                    GError               **error)
{
  g_return_val_if_fail (input != NULL, FALSE);
  g_return_val_if_fail (input->lines != NULL || input->n_lines == 0, FALSE);
  g_return_val_if_fail (totals != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  memset (totals, 0, sizeof *totals);
  totals->line_nets = g_array_sized_new (FALSE, TRUE, sizeof (gint64), input->n_lines);
  totals->line_discounts = g_array_sized_new (FALSE, TRUE, sizeof (gint64), input->n_lines);
  totals->taxes = g_array_new (FALSE, TRUE, sizeof (CptTaxTotal));

  if (!compute (input, totals, error))
    {
      cpt_totals_clear (totals);
      return FALSE;
    }
  return TRUE;
}

void
cpt_totals_clear (CptTotals *totals)
{
  g_return_if_fail (totals != NULL);

  g_clear_pointer (&totals->line_nets, g_array_unref);
  g_clear_pointer (&totals->line_discounts, g_array_unref);
  g_clear_pointer (&totals->taxes, g_array_unref);
  memset (totals, 0, sizeof *totals);
}
