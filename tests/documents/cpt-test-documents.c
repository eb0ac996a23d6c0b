/* cpt-test-documents.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "cpt-test-documents.h"

#include <glib/gi18n.h>
#include <locale.h>

/* The documents are French: the tests read them with the build's
 * catalogue, as a French desktop would. */
void
cpt_test_documents_use_french (void)
{
  g_setenv ("LANGUAGE", "fr", TRUE);
  g_setenv ("LC_ALL", "fr_FR.UTF-8", TRUE);
  setlocale (LC_ALL, "fr_FR.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

typedef struct
{
  const char *reference;
  const char *description;
  gint64      quantity;
  const char *unit;
  gint64      unit_price;
  gint32      discount;
  gint32      tax_rate;
} Item;

static const Item items[] = {
  { "CB-200", "Crème brûlée (bocal 200 g)", 24000, "pièce", 450, 0, 550 },
  { "FAR-T80", "Farine de meule T80, sac de 25 kg", 2500, "sac", 3890, 0, 550 },
  { NULL, "Formation HACCP d'une demi-journée dans vos locaux, support remis à chaque participant",
    1000, NULL, 48000, 1000, 2000 },
  { "MOULE-12", "Moules à cannelés en cuivre étamé", 12000, "pièce", 1875, 500, 2000 },
  { "LIV-REC", "Livre « Les desserts d'Éric »", 3000, NULL, 2990, 0, 550 },
  { "TAB-INOX", "Tablier inox de pâtissier", 1500, "m", 12345, 0, 1000 },
};

/* A micro-entreprise under the franchise en base: no VAT anywhere. */
static void
set_franchise (CptDocument *document)
{
  cpt_document_set_vat_franchise (document, TRUE);
  cpt_document_set_vat_on_debits (document, FALSE);
  cpt_document_set_sole_trader (document, TRUE);
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_NAME, "Crème & Caramel");
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_LEGAL_FORM, NULL);
  cpt_document_set_share_capital (document, 0);
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_VAT_NUMBER, NULL);
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_RCS_CITY, NULL);
}

CptDocument *
cpt_test_document_new (CptDocumentKind  kind,
                       guint            n_lines,
                       gboolean         franchise,
                       CptTotals       *totals)
{
  CptDocument *document = cpt_document_new (kind);
  g_autofree CptTotalsLine *input_lines = g_new0 (CptTotalsLine, MAX (n_lines, 1));
  CptTotalsInput input = { 0, };
  g_autoptr(GError) error = NULL;
  gint64 total_excl = 0;
  static const char *numbers[] = { "CC-00042", "FA-2026-00012", "AV-2026-00003", "BL-2026-00007" };

  cpt_document_set_text (document, CPT_DOCUMENT_NUMBER, numbers[kind]);
  cpt_document_set_date (document, CPT_DOCUMENT_DATE_ISSUE, "2026-11-28");
  cpt_document_set_date (document, CPT_DOCUMENT_DATE_SALE, "2026-11-21");
  cpt_document_set_date (document, CPT_DOCUMENT_DATE_DUE, "2026-12-28");
  cpt_document_set_date (document, CPT_DOCUMENT_DATE_EXPECTED_DELIVERY, "2026-12-04");
  if (kind != CPT_DOCUMENT_KIND_ORDER)
    cpt_document_set_text (document, CPT_DOCUMENT_ORDER_NUMBER, "CC-00042");
  if (kind == CPT_DOCUMENT_KIND_CREDIT_NOTE)
    {
      cpt_document_set_text (document, CPT_DOCUMENT_CANCELLED_NUMBER, "FA-2026-00012");
      cpt_document_set_date (document, CPT_DOCUMENT_DATE_CANCELLED_ISSUE, "2026-11-28");
    }
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_REFERENCE, "PO-7781");
  cpt_document_set_text (document, CPT_DOCUMENT_DELIVERY_METHOD, "Transporteur Geodis");
  cpt_document_set_text (document, CPT_DOCUMENT_CARRIER, "Geodis");
  cpt_document_set_text (document, CPT_DOCUMENT_TRACKING_NUMBER, "GX-99812-FR");
  cpt_document_set_text (document, CPT_DOCUMENT_WAREHOUSE, "Entrepôt de Lyon");
  cpt_document_set_text (document, CPT_DOCUMENT_PAYMENT_TERMS, "30 jours fin de mois");
  cpt_document_set_text (document, CPT_DOCUMENT_NOTES, "Livraison par l'entrée de service, côté cour.");
  cpt_document_set_text (document, CPT_DOCUMENT_ADJUSTMENT_LABEL, "Arrondi");

  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_NAME, "Atelier Desnoës");
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_LEGAL_FORM, "SARL");
  cpt_document_set_share_capital (document, 500000);
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_ADDRESS, "12 rue de la République\n69002 Lyon");
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_SIREN, "123 456 789");
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_SIRET, "123 456 789 00012");
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_RCS_CITY, "Lyon");
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_VAT_NUMBER, "FR12 123456789");
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_EMAIL, "contact@atelier-desnoes.fr");
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_PHONE, "04 78 00 00 00");
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_IBAN, "FR76 3000 6000 0112 3456 7890 189");
  cpt_document_set_text (document, CPT_DOCUMENT_SELLER_BIC, "AGRIFRPP");
  cpt_document_set_text (document, CPT_DOCUMENT_FOOTER, "Merci de votre confiance.");
  cpt_document_set_late_penalty_rate (document, 1275);
  cpt_document_set_vat_on_debits (document, TRUE);
  cpt_document_set_operations (document, CPT_OPERATIONS_MIXED);

  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_NAME, "Pâtisserie Éric Desnoës");
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_CONTACT, "Éric Desnoës");
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_BILLING_ADDRESS,
                         "4 place Bellecour\n69002 Lyon");
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_DELIVERY_ADDRESS,
                         "Zone artisanale des Crêtes\n38000 Grenoble");
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_VAT_NUMBER, "FR98 765432109");
  cpt_document_set_text (document, CPT_DOCUMENT_CUSTOMER_SIREN, "765 432 109");

  for (guint i = 0; i < n_lines; i++)
    {
      const Item *item = &items[i % G_N_ELEMENTS (items)];

      input_lines[i].quantity = item->quantity;
      input_lines[i].unit_price = item->unit_price;
      input_lines[i].discount = item->discount;
      input_lines[i].tax_id = item->tax_rate;
      input_lines[i].tax_rate = item->tax_rate;
    }
  input.lines = input_lines;
  input.n_lines = n_lines;
  input.discount_kind = CPT_DISCOUNT_PERCENT;
  input.discount_value = 500;
  input.shipping = 1500;
  input.shipping_tax_id = 2000;
  input.shipping_tax_rate = 2000;
  input.adjustment = -2;
  input.no_vat = franchise;
  if (franchise)
    set_franchise (document);
  if (!cpt_totals_compute (&input, totals, &error))
    g_error ("%s", error->message);

  for (guint i = 0; i < n_lines; i++)
    {
      const Item *item = &items[i % G_N_ELEMENTS (items)];
      CptDocumentLine line = {
        (char *) item->reference, (char *) item->description, item->quantity, (char *) item->unit,
        item->unit_price, item->discount, item->tax_rate,
        g_array_index (totals->line_nets, gint64, i),
      };

      cpt_document_add_line (document, &line);
    }
  for (guint i = 0; i < totals->taxes->len; i++)
    {
      const CptTaxTotal *tax = &g_array_index (totals->taxes, CptTaxTotal, i);

      cpt_document_add_vat (document, tax->rate, tax->base, tax->amount, NULL);
      total_excl += tax->base;
    }
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_SUBTOTAL, totals->subtotal);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_DISCOUNT, totals->discount_total);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_SHIPPING, totals->shipping);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL_EXCL, total_excl);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_TAX, totals->tax_total);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_ADJUSTMENT, totals->adjustment);
  cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL, totals->total);
  if (kind == CPT_DOCUMENT_KIND_INVOICE)
    cpt_document_set_amount (document, CPT_DOCUMENT_AMOUNT_DEPOSITS, 10000);
  return document;
}

/* Runs a command and returns its standard output; fails the test when it
 * does not exit successfully. */
char *
cpt_test_run (const char *command_line)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_spawn_command_line_sync (command_line, &out, &err, &status, &error))
    g_error ("%s: %s", command_line, error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s: %s\n%s", command_line, error->message, err);
  return out;
}
