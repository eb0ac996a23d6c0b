/* test-totals.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-error.h"
#include "cpt-totals.h"

/* Tax ids as in a fresh database: 1 = 20 %, 2 = 10 %, 3 = 5,5 %. */
#define TVA20 1, 2000
#define TVA10 2, 1000
#define TVA55 3, 550

static gint64
net_at (const CptTotals *t,
        guint            i)
{
  return g_array_index (t->line_nets, gint64, i);
}

static gint64
share_at (const CptTotals *t,
          guint            i)
{
  return g_array_index (t->line_discounts, gint64, i);
}

static const CptTaxTotal *
tax_at (const CptTotals *t,
        guint            i)
{
  g_assert_cmpuint (i, <, t->taxes->len);
  return &g_array_index (t->taxes, CptTaxTotal, i);
}

static void
assert_tax (const CptTotals *t,
            guint            i,
            gint64           tax_id,
            gint32           rate,
            gint64           base,
            gint64           amount)
{
  const CptTaxTotal *tax = tax_at (t, i);

  g_assert_cmpint (tax->tax_id, ==, tax_id);
  g_assert_cmpint (tax->rate, ==, rate);
  g_assert_cmpint (tax->base, ==, base);
  g_assert_cmpint (tax->amount, ==, amount);
}

/* Whatever the case, the parts must add up. */
static void
assert_consistent (const CptTotals *t)
{
  gint64 nets = 0, shares = 0, bases = 0, vat = 0;

  g_assert_cmpuint (t->line_nets->len, ==, t->line_discounts->len);
  for (guint i = 0; i < t->line_nets->len; i++)
    {
      nets += net_at (t, i);
      shares += share_at (t, i);
    }
  for (guint i = 0; i < t->taxes->len; i++)
    {
      bases += tax_at (t, i)->base;
      vat += tax_at (t, i)->amount;
    }
  g_assert_cmpint (nets, ==, t->subtotal);
  g_assert_cmpint (shares, ==, t->discount_total);
  g_assert_cmpint (bases, ==, t->subtotal - t->discount_total + t->shipping);
  g_assert_cmpint (vat, ==, t->tax_total);
  g_assert_cmpint (t->total, ==, bases + vat + t->adjustment);
}

static void
test_vat_once_per_rate (void)
{
  /* Three lines of 0,05 € at 5,5 %: 0,15 € × 5,5 % = 0,00825 € → 0,01 €.
   * VAT per line would have given 3 × 0,00 €. */
  const CptTotalsLine lines[] = {
    { 1000, 5, 0, TVA55 },
    { 1000, 5, 0, TVA55 },
    { 1000, 5, 0, TVA55 },
  };
  const CptTotalsInput input = { lines, G_N_ELEMENTS (lines) };
  g_auto(CptTotals) t = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (cpt_totals_compute (&input, &t, &error));
  g_assert_no_error (error);
  g_assert_cmpint (t.subtotal, ==, 15);
  g_assert_cmpuint (t.taxes->len, ==, 1);
  assert_tax (&t, 0, TVA55, 15, 1);
  g_assert_cmpint (t.tax_total, ==, 1);
  g_assert_cmpint (t.total, ==, 16);
  assert_consistent (&t);
}

static void
test_line_net_rounding (void)
{
  g_autoptr(GError) error = NULL;
  gint64 net = 0;

  /* 1,5 × 19,99 € = 29,985 € → 29,99 € (half away from zero). */
  g_assert_true (cpt_totals_line_net (1500, 1999, 0, &net, &error));
  g_assert_no_error (error);
  g_assert_cmpint (net, ==, 2999);

  /* The same on a credit note: -29,985 € → -29,99 €. */
  g_assert_true (cpt_totals_line_net (1500, -1999, 0, &net, NULL));
  g_assert_cmpint (net, ==, -2999);

  /* 0,333 × 10,00 € = 3,33 €. */
  g_assert_true (cpt_totals_line_net (333, 1000, 0, &net, NULL));
  g_assert_cmpint (net, ==, 333);

  /* 3 × 9,99 € − 15 % = 25,4745 € → 25,47 €, rounded once only. */
  g_assert_true (cpt_totals_line_net (3000, 999, 1500, &net, NULL));
  g_assert_cmpint (net, ==, 2547);

  /* 2 × 0,25 € − 33,33 % = 0,33335 € → 0,33 €. */
  g_assert_true (cpt_totals_line_net (2000, 25, 3333, &net, NULL));
  g_assert_cmpint (net, ==, 33);

  /* 1 × 0,07 € − 50 % = 0,035 € → 0,04 €. */
  g_assert_true (cpt_totals_line_net (1000, 7, 5000, &net, NULL));
  g_assert_cmpint (net, ==, 4);

  /* A free line, and a zero quantity. */
  g_assert_true (cpt_totals_line_net (4000, 1250, 10000, &net, NULL));
  g_assert_cmpint (net, ==, 0);
  g_assert_true (cpt_totals_line_net (0, 1250, 0, &net, NULL));
  g_assert_cmpint (net, ==, 0);
}

static void
test_line_net_refused (void)
{
  g_autoptr(GError) error = NULL;
  gint64 net = 77;

  g_assert_false (cpt_totals_line_net (-1000, 1999, 0, &net, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The quantity cannot be negative.");
  g_clear_error (&error);

  g_assert_false (cpt_totals_line_net (1000, 1999, 10001, &net, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The discount must be between 0 and 100 %.");
  g_clear_error (&error);

  g_assert_false (cpt_totals_line_net (1000, 1999, -1, &net, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_clear_error (&error);

  /* 9 223 372 036 854 775,807 × 92 233 720 368 547 758,07 € does not
   * wrap around. */
  g_assert_false (cpt_totals_line_net (G_MAXINT64, G_MAXINT64, 0, &net, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The amounts are too large to be computed.");
  g_clear_error (&error);

  /* The product fits in 128 bits but the net does not fit in cents. */
  g_assert_false (cpt_totals_line_net (2000, G_MAXINT64, 0, &net, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpint (net, ==, 77);
}

static void
test_percent_discount_two_rates (void)
{
  /* 3 × 12,34 € at 20 % = 37,02 €; 1 × 7,77 € at 5,5 % = 7,77 €.
   * Subtotal 44,79 €; 10 % = 4,479 € → 4,48 €.
   * Exact shares: 4,48 × 37,02 / 44,79 = 3,7028 → 3,70 (remainder 0,28 ct)
   *               4,48 × 7,77 / 44,79 = 0,7771 → 0,77 (remainder 0,71 ct)
   * the cent left goes to the second line: 3,70 + 0,78 = 4,48 €.
   * Bases: 33,32 € and 6,99 €; VAT 6,664 → 6,66 € and 0,38445 → 0,38 €. */
  const CptTotalsLine lines[] = {
    { 3000, 1234, 0, TVA20 },
    { 1000, 777, 0, TVA55 },
  };
  const CptTotalsInput input = {
    lines, G_N_ELEMENTS (lines), CPT_DISCOUNT_PERCENT, 1000,
  };
  g_auto(CptTotals) t = { 0 };

  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpint (net_at (&t, 0), ==, 3702);
  g_assert_cmpint (net_at (&t, 1), ==, 777);
  g_assert_cmpint (t.subtotal, ==, 4479);
  g_assert_cmpint (t.discount_total, ==, 448);
  g_assert_cmpint (share_at (&t, 0), ==, 370);
  g_assert_cmpint (share_at (&t, 1), ==, 78);
  g_assert_cmpuint (t.taxes->len, ==, 2);
  assert_tax (&t, 0, TVA20, 3332, 666);
  assert_tax (&t, 1, TVA55, 699, 38);
  g_assert_cmpint (t.tax_total, ==, 704);
  g_assert_cmpint (t.total, ==, 4735);
  assert_consistent (&t);
}

static void
test_amount_discount_spread (void)
{
  /* 100,00 € and 50,00 € at 20 %, 33,33 € at 5,5 %: subtotal 183,33 €.
   * 10,00 € spread: exact 5,4546 / 2,7273 / 1,8180 → floors 5,45 / 2,72 /
   * 1,81 (9,98 €); the two cents left go to the largest remainders, the
   * third line (0,80) then the second (0,73): 5,45 / 2,73 / 1,82.
   * Bases: 20 % → 141,82 € (VAT 28,364 → 28,36 €); 5,5 % → 31,51 €
   * (VAT 1,73305 → 1,73 €). Total 141,82 + 31,51 + 28,36 + 1,73. */
  const CptTotalsLine lines[] = {
    { 1000, 10000, 0, TVA20 },
    { 1000, 5000, 0, TVA20 },
    { 1000, 3333, 0, TVA55 },
  };
  const CptTotalsInput input = {
    lines, G_N_ELEMENTS (lines), CPT_DISCOUNT_AMOUNT, 1000,
  };
  g_auto(CptTotals) t = { 0 };

  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpint (t.subtotal, ==, 18333);
  g_assert_cmpint (t.discount_total, ==, 1000);
  g_assert_cmpint (share_at (&t, 0), ==, 545);
  g_assert_cmpint (share_at (&t, 1), ==, 273);
  g_assert_cmpint (share_at (&t, 2), ==, 182);
  assert_tax (&t, 0, TVA20, 14182, 2836);
  assert_tax (&t, 1, TVA55, 3151, 173);
  g_assert_cmpint (t.total, ==, 20342);
  assert_consistent (&t);
}

static void
test_discount_ties (void)
{
  /* Three equal lines of 1,00 €: 0,02 € gives 0,0066… to each; the two
   * cents go to the earlier lines. */
  const CptTotalsLine lines[] = {
    { 1000, 100, 0, TVA20 },
    { 1000, 100, 0, TVA20 },
    { 1000, 100, 0, TVA20 },
  };
  CptTotalsInput input = {
    lines, G_N_ELEMENTS (lines), CPT_DISCOUNT_AMOUNT, 2,
  };
  g_auto(CptTotals) t = { 0 };

  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpint (share_at (&t, 0), ==, 1);
  g_assert_cmpint (share_at (&t, 1), ==, 1);
  g_assert_cmpint (share_at (&t, 2), ==, 0);
  assert_tax (&t, 0, TVA20, 298, 60);
  assert_consistent (&t);
  cpt_totals_clear (&t);

  /* The whole subtotal: every line gets exactly its net. */
  input.discount_value = 300;
  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (share_at (&t, i), ==, 100);
  assert_tax (&t, 0, TVA20, 0, 0);
  g_assert_cmpint (t.total, ==, 0);
  assert_consistent (&t);
}

static void
test_percent_discount_full_and_zero (void)
{
  const CptTotalsLine lines[] = {
    { 2500, 1999, 0, TVA20 },
    { 1000, 1, 0, TVA10 },
  };
  CptTotalsInput input = {
    lines, G_N_ELEMENTS (lines), CPT_DISCOUNT_PERCENT, 10000,
  };
  g_auto(CptTotals) t = { 0 };

  /* 2,5 × 19,99 = 49,975 → 49,98 €; 100 % off leaves nothing. */
  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpint (t.subtotal, ==, 4999);
  g_assert_cmpint (t.discount_total, ==, 4999);
  g_assert_cmpint (t.tax_total, ==, 0);
  g_assert_cmpint (t.total, ==, 0);
  assert_consistent (&t);
  cpt_totals_clear (&t);

  input.discount_value = 0;
  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpint (t.discount_total, ==, 0);
  /* 49,98 × 20 % = 9,996 → 10,00 €; 0,01 × 10 % = 0,001 → 0,00 €. */
  assert_tax (&t, 0, TVA20, 4998, 1000);
  assert_tax (&t, 1, TVA10, 1, 0);
  g_assert_cmpint (t.total, ==, 5999);
  assert_consistent (&t);
}

static void
test_negative_amounts (void)
{
  /* A credit note: -1 × 19,99 € at 20 % and -1,5 × 19,99 € at 5,5 %,
   * less 10 %. Subtotal -19,99 − 29,99 = -49,98 €; discount -4,998 →
   * -5,00 €. Shares: -5,00 × 19,99 / 49,98 = -1,99980 and
   * -5,00 × 29,99 / 49,98 = -3,00020; floors -2,00 and -3,01, the cent
   * left goes to the second (remainder 0,9998 ct > 0,0002 ct): -2,00 and
   * -3,00. Bases -17,99 € (VAT -3,598 → -3,60 €) and -26,99 €
   * (VAT -1,48445 → -1,48 €). */
  const CptTotalsLine lines[] = {
    { 1000, -1999, 0, TVA20 },
    { 1500, -1999, 0, TVA55 },
  };
  CptTotalsInput input = {
    lines, G_N_ELEMENTS (lines), CPT_DISCOUNT_PERCENT, 1000,
  };
  g_auto(CptTotals) t = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpint (t.subtotal, ==, -4998);
  g_assert_cmpint (t.discount_total, ==, -500);
  g_assert_cmpint (share_at (&t, 0), ==, -200);
  g_assert_cmpint (share_at (&t, 1), ==, -300);
  assert_tax (&t, 0, TVA20, -1799, -360);
  assert_tax (&t, 1, TVA55, -2699, -148);
  g_assert_cmpint (t.tax_total, ==, -508);
  g_assert_cmpint (t.total, ==, -5006);
  assert_consistent (&t);
  cpt_totals_clear (&t);

  /* An amount off a credit note has its sign. */
  input.discount_kind = CPT_DISCOUNT_AMOUNT;
  input.discount_value = -500;
  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpint (t.total, ==, -5006);
  assert_consistent (&t);
  cpt_totals_clear (&t);

  input.discount_value = 500;
  g_assert_false (cpt_totals_compute (&input, &t, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The discount of 5,00\xc2\xa0€ must be negative, like the subtotal of "
                   "-49,98\xc2\xa0€.");
  g_clear_error (&error);

  input.discount_value = -5000;
  g_assert_false (cpt_totals_compute (&input, &t, &error));
  g_assert_cmpstr (error->message, ==,
                   "The discount of -50,00\xc2\xa0€ is larger than the subtotal of "
                   "-49,98\xc2\xa0€.");
}

static void
test_mixed_signs (void)
{
  /* An order with a returned item: 100,00 € and -40,00 €, 10,00 € off.
   * Shares are proportional to the signed nets: 16,666… and -6,666…;
   * floors 16,66 and -6,67 (9,99 €), the cent left to the first line
   * (remainder 0,67 ct against 0,33 ct). */
  const CptTotalsLine lines[] = {
    { 1000, 10000, 0, TVA20 },
    { 1000, -4000, 0, TVA20 },
  };
  const CptTotalsInput input = {
    lines, G_N_ELEMENTS (lines), CPT_DISCOUNT_AMOUNT, 1000,
  };
  g_auto(CptTotals) t = { 0 };

  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpint (share_at (&t, 0), ==, 1667);
  g_assert_cmpint (share_at (&t, 1), ==, -667);
  assert_tax (&t, 0, TVA20, 5000, 1000);
  g_assert_cmpint (t.total, ==, 6000);
  assert_consistent (&t);
}

static void
test_shipping (void)
{
  /* 2 × 4,50 € of books at 5,5 % and 6,90 € of shipping at 20 %:
   * the shipping has its own base. */
  const CptTotalsLine lines[] = {
    { 2000, 450, 0, TVA55 },
  };
  CptTotalsInput input = {
    lines, G_N_ELEMENTS (lines), CPT_DISCOUNT_NONE, 0,
    690, TVA20,
  };
  g_auto(CptTotals) t = { 0 };

  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpint (t.subtotal, ==, 900);
  g_assert_cmpint (t.shipping, ==, 690);
  g_assert_cmpuint (t.taxes->len, ==, 2);
  /* 6,90 × 20 % = 1,38 €; 9,00 × 5,5 % = 0,495 → 0,50 €. */
  assert_tax (&t, 0, TVA20, 690, 138);
  assert_tax (&t, 1, TVA55, 900, 50);
  g_assert_cmpint (t.total, ==, 900 + 690 + 138 + 50);
  assert_consistent (&t);
  cpt_totals_clear (&t);

  /* Shipping at the rate of a line joins that line's base:
   * (9,00 + 6,90) × 5,5 % = 0,8745 → 0,87 €. */
  input.shipping_tax_id = 3;
  input.shipping_tax_rate = 550;
  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpuint (t.taxes->len, ==, 1);
  assert_tax (&t, 0, TVA55, 1590, 87);
  g_assert_cmpint (t.total, ==, 1677);
  assert_consistent (&t);
  cpt_totals_clear (&t);

  /* The order discount does not touch shipping. */
  input.discount_kind = CPT_DISCOUNT_PERCENT;
  input.discount_value = 5000;
  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpint (t.discount_total, ==, 450);
  assert_tax (&t, 0, TVA55, 450 + 690, 63);
  assert_consistent (&t);
}

static void
test_adjustment (void)
{
  /* 19,99 € at 20 % = 23,99 €; a rounding adjustment of +0,01 € and
   * then -0,99 €. */
  const CptTotalsLine lines[] = {
    { 1000, 1999, 0, TVA20 },
  };
  CptTotalsInput input = { lines, 1 };
  g_auto(CptTotals) t = { 0 };

  input.adjustment = 1;
  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  /* 19,99 × 20 % = 3,998 → 4,00 €. */
  g_assert_cmpint (t.tax_total, ==, 400);
  g_assert_cmpint (t.adjustment, ==, 1);
  g_assert_cmpint (t.total, ==, 2400);
  assert_consistent (&t);
  cpt_totals_clear (&t);

  input.adjustment = -99;
  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpint (t.tax_total, ==, 400);
  g_assert_cmpint (t.total, ==, 2300);
  assert_consistent (&t);
}

static void
test_no_vat (void)
{
  /* Franchise en base: the bases are there, the VAT is 0. */
  const CptTotalsLine lines[] = {
    { 1000, 12000, 0, TVA20 },
    { 3000, 350, 0, TVA55 },
  };
  const CptTotalsInput input = {
    lines, G_N_ELEMENTS (lines), CPT_DISCOUNT_NONE, 0, 500, TVA20, 0, TRUE,
  };
  g_auto(CptTotals) t = { 0 };

  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  assert_tax (&t, 0, TVA20, 12500, 0);
  assert_tax (&t, 1, TVA55, 1050, 0);
  g_assert_cmpint (t.tax_total, ==, 0);
  g_assert_cmpint (t.total, ==, 13550);
  assert_consistent (&t);
}

static void
test_tax_order (void)
{
  /* Two 0 % taxes (exempt, reverse charge) stay apart, ordered by id,
   * after the higher rates. */
  const CptTotalsLine lines[] = {
    { 1000, 100, 0, 7, 0 },
    { 1000, 200, 0, TVA55 },
    { 1000, 300, 0, 5, 0 },
    { 1000, 400, 0, TVA20 },
    { 1000, 500, 0, TVA10 },
    { 1000, 600, 0, TVA20 },
  };
  const CptTotalsInput input = { lines, G_N_ELEMENTS (lines) };
  g_auto(CptTotals) t = { 0 };

  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpuint (t.taxes->len, ==, 5);
  assert_tax (&t, 0, TVA20, 1000, 200);
  assert_tax (&t, 1, TVA10, 500, 50);
  assert_tax (&t, 2, TVA55, 200, 11);
  assert_tax (&t, 3, 5, 0, 300, 0);
  assert_tax (&t, 4, 7, 0, 100, 0);
  assert_consistent (&t);
}

static void
test_empty (void)
{
  const CptTotalsInput input = { NULL, 0, CPT_DISCOUNT_PERCENT, 1000 };
  g_auto(CptTotals) t = { 0 };

  g_assert_true (cpt_totals_compute (&input, &t, NULL));
  g_assert_cmpuint (t.line_nets->len, ==, 0);
  g_assert_cmpuint (t.taxes->len, ==, 0);
  g_assert_cmpint (t.discount_total, ==, 0);
  g_assert_cmpint (t.total, ==, 0);
  assert_consistent (&t);
}

static void
assert_refused (const CptTotalsInput *input,
                const char           *message)
{
  g_auto(CptTotals) t = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_false (cpt_totals_compute (input, &t, &error));
  g_assert_error (error, CPT_ERROR, CPT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  /* Nothing is left behind on error. */
  g_assert_null (t.line_nets);
  g_assert_null (t.taxes);
  g_assert_cmpint (t.total, ==, 0);
}

static void
test_refused (void)
{
  CptTotalsLine lines[] = {
    { 1000, 1000, 0, TVA20 },
    { 1000, 2000, 0, TVA20 },
  };
  CptTotalsInput input = { lines, G_N_ELEMENTS (lines) };

  lines[1].quantity = -1000;
  assert_refused (&input, "Line 2 has a negative quantity.");
  lines[1].quantity = 1000;

  lines[0].discount = 10001;
  assert_refused (&input, "The discount of line 1 must be between 0 and 100 %.");
  lines[0].discount = -5;
  assert_refused (&input, "The discount of line 1 must be between 0 and 100 %.");
  lines[0].discount = 0;

  lines[1].tax_rate = -2000;
  assert_refused (&input, "The VAT rate of line 2 is negative.");
  lines[1].tax_rate = 2000;

  input.discount_kind = CPT_DISCOUNT_PERCENT;
  input.discount_value = 10001;
  assert_refused (&input, "The order discount must be between 0 and 100 %.");
  input.discount_value = -1;
  assert_refused (&input, "The order discount must be between 0 and 100 %.");

  input.discount_kind = CPT_DISCOUNT_AMOUNT;
  input.discount_value = 3001;
  assert_refused (&input, "The discount of 30,01\xc2\xa0€ is larger than the subtotal of "
                          "30,00\xc2\xa0€.");
  input.discount_value = -100;
  assert_refused (&input, "The discount of -1,00\xc2\xa0€ is negative.");
  input.discount_value = 3000;
  {
    g_auto(CptTotals) t = { 0 };

    g_assert_true (cpt_totals_compute (&input, &t, NULL));
    g_assert_cmpint (t.total, ==, 0);
  }
  input.discount_kind = 42;
  assert_refused (&input, "The kind of discount is unknown.");
  input.discount_kind = CPT_DISCOUNT_NONE;

  input.shipping = 500;
  input.shipping_tax_rate = -1;
  assert_refused (&input, "The VAT rate of the shipping charges is negative.");
}

static void
test_overflow (void)
{
  /* Each line fits; their sum does not. */
  CptTotalsLine lines[] = {
    { 1000, G_MAXINT64 / 2 + 1, 0, TVA20 },
    { 1000, G_MAXINT64 / 2 + 1, 0, TVA20 },
  };
  CptTotalsInput input = { lines, G_N_ELEMENTS (lines) };
  const char *message = "The amounts are too large to be computed.";

  assert_refused (&input, message);

  /* One line too large by itself. */
  lines[0].quantity = G_MAXINT64;
  input.n_lines = 1;
  assert_refused (&input, message);

  /* The bases fit, base + VAT does not: 80 000 000 000 000 000,00 € + 20 %. */
  lines[0].quantity = 1000;
  lines[0].unit_price = G_GINT64_CONSTANT (8000000000000000000);
  assert_refused (&input, message);

  /* Without VAT it fits, and the adjustment tips it over. */
  input.no_vat = TRUE;
  {
    g_auto(CptTotals) t = { 0 };

    g_assert_true (cpt_totals_compute (&input, &t, NULL));
    g_assert_cmpint (t.total, ==, G_GINT64_CONSTANT (8000000000000000000));
  }
  input.adjustment = G_MAXINT64;
  assert_refused (&input, message);
  input.adjustment = 0;

  /* Shipping adds to a full base. */
  input.shipping = G_MAXINT64;
  assert_refused (&input, message);

  /* Negative bounds too. */
  input.shipping = 0;
  lines[0].unit_price = G_MININT64;
  lines[1].unit_price = -1;
  input.n_lines = 2;
  assert_refused (&input, message);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/totals/vat-once-per-rate", test_vat_once_per_rate);
  g_test_add_func ("/totals/line-net/rounding", test_line_net_rounding);
  g_test_add_func ("/totals/line-net/refused", test_line_net_refused);
  g_test_add_func ("/totals/discount/percent-two-rates", test_percent_discount_two_rates);
  g_test_add_func ("/totals/discount/amount-spread", test_amount_discount_spread);
  g_test_add_func ("/totals/discount/ties", test_discount_ties);
  g_test_add_func ("/totals/discount/full-and-zero", test_percent_discount_full_and_zero);
  g_test_add_func ("/totals/negative", test_negative_amounts);
  g_test_add_func ("/totals/mixed-signs", test_mixed_signs);
  g_test_add_func ("/totals/shipping", test_shipping);
  g_test_add_func ("/totals/adjustment", test_adjustment);
  g_test_add_func ("/totals/no-vat", test_no_vat);
  g_test_add_func ("/totals/tax-order", test_tax_order);
  g_test_add_func ("/totals/empty", test_empty);
  g_test_add_func ("/totals/refused", test_refused);
  g_test_add_func ("/totals/overflow", test_overflow);

  return g_test_run ();
}
