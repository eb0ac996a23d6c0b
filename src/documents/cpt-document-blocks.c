/* cpt-document-blocks.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-document-blocks"

#include "config.h"

#include "cpt-document-renderer-private.h"

#include <glib/gi18n.h>

#include "cpt-date.h"
#include "cpt-money.h"

/* The parts of a document around its lines table: the first-page header
 * (seller, title, customer in the envelope window, details band), the
 * header of the following pages, the blocks below the table (totals,
 * payment, legal mentions, signatures) and the footer of every page.
 * Each function measures when given a NULL cairo_t. */

/* French window envelope (DL, window 100 × 45 mm at 110 mm from the left
 * and about 45 mm from the top): the address starts a little inside. */
#define WINDOW_X        CPT_MM (115.0)
#define WINDOW_Y        CPT_MM (50.0)
#define WINDOW_WIDTH    (CONTENT_RIGHT - WINDOW_X)
#define WINDOW_BOTTOM   CPT_MM (90.0)
#define LEFT_WIDTH      CPT_MM (85.0)
#define LOGO_MAX_WIDTH  CPT_MM (55.0)
#define LOGO_MAX_HEIGHT CPT_MM (20.0)
#define META_COLUMNS    4
#define TOTALS_WIDTH    CPT_MM (78.0)
#define VAT_WIDTH       (CONTENT_WIDTH - TOTALS_WIDTH - CPT_MM (10.0))
#define ROW_PAD         CPT_MM (1.2)

static const CptColor white = { 1.0, 1.0, 1.0 };

static CptDocument *
doc (CptDocumentRenderer *self)
{
  return cpt_renderer_get_document (self);
}

static const char *
text (CptDocumentRenderer *self,
      CptDocumentText      field)
{
  return cpt_document_has_text (doc (self), field) ? cpt_document_get_text (doc (self), field) : NULL;
}

static gboolean
is_kind (CptDocumentRenderer *self,
         CptDocumentKind      kind)
{
  return cpt_document_get_kind (doc (self)) == kind;
}

static char *
seller_name (CptDocumentRenderer *self)
{
  const char *name = text (self, CPT_DOCUMENT_SELLER_NAME);

  /* « EI » next to the name of an entrepreneur individuel is required. */
  if (cpt_document_get_sole_trader (doc (self)))
    return g_strconcat (name != NULL ? name : "", " EI", NULL);
  return g_strdup (name != NULL ? name : "");
}

static char *
document_heading (CptDocumentRenderer *self)
{
  const char *title = cpt_document_kind_get_title (cpt_document_get_kind (doc (self)));
  const char *number = text (self, CPT_DOCUMENT_NUMBER);

  if (number == NULL)
    return g_strdup_printf (C_("document", "%s (draft)"), title);
  return g_strdup_printf ("%s %s", title, number);
}

/* Lines of an address block, one per line of text, blank lines dropped. */
static char *
address_text (const char *first,
              const char *second,
              const char *address)
{
  GString *out = g_string_new (NULL);
  g_auto(GStrv) lines = g_strsplit (address != NULL ? address : "", "\n", -1);
  const char *heads[] = { first, second };

  for (guint i = 0; i < G_N_ELEMENTS (heads); i++)
    if (heads[i] != NULL && *heads[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "", heads[i]);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_string_append_printf (out, "%s%s", out->len > 0 ? "\n" : "", lines[i]);
    }
  return g_string_free (out, FALSE);
}

static double
draw_logo (CptDocumentRenderer *self,
           cairo_t             *cr,
           double               x,
           double               y)
{
  cairo_surface_t *logo = cpt_renderer_get_logo (self);
  double width, height, scale;

  if (logo == NULL)
    return 0;
  width = cairo_image_surface_get_width (logo);
  height = cairo_image_surface_get_height (logo);
  scale = MIN (LOGO_MAX_WIDTH / width, LOGO_MAX_HEIGHT / height);
  if (cr != NULL)
    {
      cairo_save (cr);
      cairo_translate (cr, x, y);
      cairo_scale (cr, scale, scale);
      cairo_set_source_surface (cr, logo, 0, 0);
      cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
      cairo_paint (cr);
      cairo_restore (cr);
    }
  return height * scale;
}

static double
draw_seller (CptDocumentRenderer *self,
             cairo_t             *cr,
             double               y)
{
  g_autofree char *name = seller_name (self);
  g_autofree char *address = address_text (NULL, NULL, text (self, CPT_DOCUMENT_SELLER_ADDRESS));
  g_autofree char *contact = address_text (text (self, CPT_DOCUMENT_SELLER_PHONE),
                                           text (self, CPT_DOCUMENT_SELLER_EMAIL),
                                           text (self, CPT_DOCUMENT_SELLER_WEBSITE));
  double x = PAGE_MARGIN_LEFT;
  double h;

  h = draw_logo (self, cr, x, y);
  if (h > 0)
    y += h + CPT_MM (3.0);
  y += cpt_renderer_text (self, cr, name, FONT_NAME, &cpt_color_accent, x, y, LEFT_WIDTH, PANGO_ALIGN_LEFT);
  y += CPT_MM (0.8);
  y += cpt_renderer_text (self, cr, address, FONT_SMALL, &cpt_color_text, x, y, LEFT_WIDTH, PANGO_ALIGN_LEFT);
  if (*contact != '\0')
    {
      y += CPT_MM (0.8);
      y += cpt_renderer_text (self, cr, contact, FONT_SMALL, &cpt_color_muted, x, y, LEFT_WIDTH, PANGO_ALIGN_LEFT);
    }
  return y;
}

static double
draw_title (CptDocumentRenderer *self,
            cairo_t             *cr,
            double               y)
{
  CptDocumentKind kind = cpt_document_get_kind (doc (self));
  const char *number = text (self, CPT_DOCUMENT_NUMBER);
  g_autofree char *number_line = NULL;

  y += cpt_renderer_text (self, cr, cpt_document_kind_get_title (kind), FONT_TITLE,
                          &cpt_color_accent, WINDOW_X, y, WINDOW_WIDTH, PANGO_ALIGN_LEFT);
  if (number != NULL)
    number_line = g_strdup_printf (C_("document", "No. %s"), number);
  else
    number_line = g_strdup (C_("document", "Draft"));
  y += cpt_renderer_text (self, cr, number_line, FONT_NUMBER, &cpt_color_text,
                          WINDOW_X, y, WINDOW_WIDTH, PANGO_ALIGN_LEFT);
  return y;
}

/* The envelope window shows where the paper goes: the billing address,
 * or for a delivery note the place the parcel is delivered to. */
static gboolean
window_shows_delivery (CptDocumentRenderer *self)
{
  return is_kind (self, CPT_DOCUMENT_KIND_DELIVERY_NOTE) &&
         cpt_document_has_distinct_delivery_address (doc (self));
}

static double
draw_customer (CptDocumentRenderer *self,
               cairo_t             *cr)
{
  CptDocumentText field = window_shows_delivery (self) ? CPT_DOCUMENT_CUSTOMER_DELIVERY_ADDRESS
                                                       : CPT_DOCUMENT_CUSTOMER_BILLING_ADDRESS;
  g_autofree char *address = address_text (text (self, CPT_DOCUMENT_CUSTOMER_CONTACT), NULL,
                                           text (self, field));
  double y = WINDOW_Y;

  y += cpt_renderer_text (self, cr, text (self, CPT_DOCUMENT_CUSTOMER_NAME), FONT_CUSTOMER_BOLD,
                          &cpt_color_text, WINDOW_X, y, WINDOW_WIDTH, PANGO_ALIGN_LEFT);
  y += cpt_renderer_text (self, cr, address, FONT_CUSTOMER, &cpt_color_text,
                          WINDOW_X, y, WINDOW_WIDTH, PANGO_ALIGN_LEFT);
  return y;
}

static double
draw_other_address (CptDocumentRenderer *self,
                    cairo_t             *cr,
                    double               y)
{
  g_autofree char *address = NULL;
  const char *label;

  if (!cpt_document_has_distinct_delivery_address (doc (self)))
    return y;
  if (window_shows_delivery (self))
    {
      label = C_("document", "Billing address");
      address = address_text (text (self, CPT_DOCUMENT_CUSTOMER_NAME), NULL,
                              text (self, CPT_DOCUMENT_CUSTOMER_BILLING_ADDRESS));
    }
  else
    {
      label = C_("document", "Delivery address");
      address = address_text (text (self, CPT_DOCUMENT_CUSTOMER_NAME), NULL,
                              text (self, CPT_DOCUMENT_CUSTOMER_DELIVERY_ADDRESS));
    }
  y = MAX (y + CPT_MM (5.0), WINDOW_Y);
  y += cpt_renderer_text (self, cr, label, FONT_SMALL_BOLD, &cpt_color_muted,
                          PAGE_MARGIN_LEFT, y, LEFT_WIDTH, PANGO_ALIGN_LEFT);
  y += CPT_MM (0.6);
  y += cpt_renderer_text (self, cr, address, FONT_SMALL, &cpt_color_text,
                          PAGE_MARGIN_LEFT, y, LEFT_WIDTH, PANGO_ALIGN_LEFT);
  return y;
}

typedef struct
{
  const char *label;
  char       *value;
} MetaCell;

static void
meta_cell_clear (gpointer data)
{
  g_free (((MetaCell *) data)->value);
}

static void
add_cell (GArray     *cells,
          const char *label,
          char       *value)
{
  MetaCell cell = { label, value };

  if (value == NULL || *value == '\0')
    {
      g_free (value);
      return;
    }
  g_array_append_val (cells, cell);
}

static char *
date_text (CptDocumentRenderer *self,
           CptDocumentDate      field)
{
  const char *date = cpt_document_get_date (doc (self), field);

  return date != NULL ? cpt_date_format (date) : NULL;
}

static const char *
issue_date_label (CptDocumentRenderer *self)
{
  switch (cpt_document_get_kind (doc (self)))
    {
    case CPT_DOCUMENT_KIND_ORDER:
      return C_("document", "Order date");
    case CPT_DOCUMENT_KIND_INVOICE:
      return C_("document", "Invoice date");
    case CPT_DOCUMENT_KIND_CREDIT_NOTE:
      return C_("document", "Credit note date");
    case CPT_DOCUMENT_KIND_DELIVERY_NOTE:
    default:
      return C_("document", "Shipment date");
    }
}

static char *
cancelled_invoice (CptDocumentRenderer *self)
{
  const char *number = text (self, CPT_DOCUMENT_CANCELLED_NUMBER);
  g_autofree char *date = date_text (self, CPT_DOCUMENT_DATE_CANCELLED_ISSUE);

  if (number == NULL)
    return NULL;
  if (date == NULL)
    return g_strdup (number);
  return g_strdup_printf (C_("document", "%s of %s"), number, date);
}

static GArray *
meta_cells (CptDocumentRenderer *self)
{
  GArray *cells = g_array_new (FALSE, FALSE, sizeof (MetaCell));
  gboolean invoice = is_kind (self, CPT_DOCUMENT_KIND_INVOICE);
  gboolean credit = is_kind (self, CPT_DOCUMENT_KIND_CREDIT_NOTE);
  gboolean order = is_kind (self, CPT_DOCUMENT_KIND_ORDER);
  gboolean delivery = is_kind (self, CPT_DOCUMENT_KIND_DELIVERY_NOTE);
  const char *issue = cpt_document_get_date (doc (self), CPT_DOCUMENT_DATE_ISSUE);
  const char *sale = cpt_document_get_date (doc (self), CPT_DOCUMENT_DATE_SALE);

  g_array_set_clear_func (cells, meta_cell_clear);
  add_cell (cells, issue_date_label (self), date_text (self, CPT_DOCUMENT_DATE_ISSUE));
  if ((invoice || credit) && sale != NULL && g_strcmp0 (issue, sale) != 0)
    add_cell (cells, C_("document", "Sale or delivery date"), date_text (self, CPT_DOCUMENT_DATE_SALE));
  if (invoice)
    add_cell (cells, C_("document", "Due date"), date_text (self, CPT_DOCUMENT_DATE_DUE));
  if (credit)
    add_cell (cells, C_("document", "Cancelled invoice"), cancelled_invoice (self));
  if (order)
    add_cell (cells, C_("document", "Expected delivery"),
              date_text (self, CPT_DOCUMENT_DATE_EXPECTED_DELIVERY));
  if (!order)
    add_cell (cells, C_("document", "Order"), g_strdup (text (self, CPT_DOCUMENT_ORDER_NUMBER)));
  add_cell (cells, C_("document", "Your reference"),
            g_strdup (text (self, CPT_DOCUMENT_CUSTOMER_REFERENCE)));
  if (order || delivery)
    {
      add_cell (cells, C_("document", "Delivery method"),
                g_strdup (text (self, CPT_DOCUMENT_DELIVERY_METHOD)));
      add_cell (cells, C_("document", "Delivery terms"),
                g_strdup (text (self, CPT_DOCUMENT_DELIVERY_TERMS)));
    }
  if (delivery)
    {
      add_cell (cells, C_("document", "Carrier"), g_strdup (text (self, CPT_DOCUMENT_CARRIER)));
      add_cell (cells, C_("document", "Tracking number"),
                g_strdup (text (self, CPT_DOCUMENT_TRACKING_NUMBER)));
      add_cell (cells, C_("document", "Warehouse"), g_strdup (text (self, CPT_DOCUMENT_WAREHOUSE)));
    }
  if (order)
    add_cell (cells, C_("document", "Salesperson"), g_strdup (text (self, CPT_DOCUMENT_SALESPERSON)));
  if (!delivery)
    {
      add_cell (cells, C_("document", "Customer VAT number"),
                g_strdup (text (self, CPT_DOCUMENT_CUSTOMER_VAT_NUMBER)));
      add_cell (cells, C_("document", "Customer SIREN"),
                g_strdup (text (self, CPT_DOCUMENT_CUSTOMER_SIREN)));
    }
  return cells;
}

/* The details band: a grid of small labels above their values. */
static double
draw_meta (CptDocumentRenderer *self,
           cairo_t             *cr,
           double               y)
{
  g_autoptr(GArray) cells = meta_cells (self);
  double cell_width = CONTENT_WIDTH / META_COLUMNS;

  cpt_renderer_rule (cr, &cpt_color_rule, PAGE_MARGIN_LEFT, CONTENT_RIGHT, y, 0.5);
  y += CPT_MM (2.0);
  for (guint i = 0; i < cells->len; i += META_COLUMNS)
    {
      double row_height = 0;

      for (guint j = i; j < MIN (cells->len, i + META_COLUMNS); j++)
        {
          MetaCell *cell = &g_array_index (cells, MetaCell, j);
          double x = PAGE_MARGIN_LEFT + (j - i) * cell_width;
          double h;

          h = cpt_renderer_text (self, cr, cell->label, FONT_LABEL, &cpt_color_muted,
                                 x, y, cell_width - CPT_MM (3.0), PANGO_ALIGN_LEFT);
          h += CPT_MM (0.4);
          h += cpt_renderer_text (self, cr, cell->value, FONT_BODY_BOLD, &cpt_color_text,
                                  x, y + h, cell_width - CPT_MM (3.0), PANGO_ALIGN_LEFT);
          row_height = MAX (row_height, h);
        }
      y += row_height + CPT_MM (2.0);
    }
  cpt_renderer_rule (cr, &cpt_color_rule, PAGE_MARGIN_LEFT, CONTENT_RIGHT, y, 0.5);
  return y;
}

/* Draws (or measures) the header of the first page; returns where the
 * lines table starts. */
double
cpt_blocks_first_header (CptDocumentRenderer *self,
                         cairo_t             *cr)
{
  double left, right;

  left = draw_seller (self, cr, PAGE_MARGIN_TOP);
  draw_title (self, cr, PAGE_MARGIN_TOP);
  right = MAX (draw_customer (self, cr), WINDOW_BOTTOM);
  left = draw_other_address (self, cr, left);
  return draw_meta (self, cr, MAX (left, right) + CPT_MM (5.0)) + CPT_MM (5.0);
}

/* The following pages repeat who and what in one line. */
double
cpt_blocks_next_header (CptDocumentRenderer *self,
                        cairo_t             *cr)
{
  g_autofree char *name = seller_name (self);
  g_autofree char *heading = document_heading (self);
  double y = PAGE_MARGIN_TOP;
  double h;

  h = cpt_renderer_text (self, cr, name, FONT_BODY_BOLD, &cpt_color_accent,
                         PAGE_MARGIN_LEFT, y, CONTENT_WIDTH / 2, PANGO_ALIGN_LEFT);
  h = MAX (h, cpt_renderer_text (self, cr, heading, FONT_BODY_BOLD, &cpt_color_text,
                                 PAGE_MARGIN_LEFT + CONTENT_WIDTH / 2, y, CONTENT_WIDTH / 2,
                                 PANGO_ALIGN_RIGHT));
  y += h + CPT_MM (2.0);
  cpt_renderer_rule (cr, &cpt_color_rule, PAGE_MARGIN_LEFT, CONTENT_RIGHT, y, 0.5);
  return y + CPT_MM (5.0);
}

static char *
seller_identity (CptDocumentRenderer *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *name = seller_name (self);
  g_autofree char *address = address_text (NULL, NULL, text (self, CPT_DOCUMENT_SELLER_ADDRESS));
  const char *form = text (self, CPT_DOCUMENT_SELLER_LEGAL_FORM);
  gint64 capital = cpt_document_get_share_capital (doc (self));

  if (*name != '\0')
    g_ptr_array_add (parts, g_steal_pointer (&name));
  if (form != NULL && capital > 0)
    {
      g_autofree char *amount = cpt_renderer_format_capital (capital);

      g_ptr_array_add (parts, g_strdup_printf (C_("document", "%s with a share capital of %s"),
                                               form, amount));
    }
  else if (form != NULL)
    g_ptr_array_add (parts, g_strdup (form));
  if (*address != '\0')
    {
      g_auto(GStrv) lines = g_strsplit (address, "\n", -1);

      g_ptr_array_add (parts, g_strjoinv (", ", lines));
    }
  if (text (self, CPT_DOCUMENT_SELLER_SIRET) != NULL)
    g_ptr_array_add (parts, g_strdup_printf (C_("document", "SIRET %s"),
                                             text (self, CPT_DOCUMENT_SELLER_SIRET)));
  else if (text (self, CPT_DOCUMENT_SELLER_SIREN) != NULL)
    g_ptr_array_add (parts, g_strdup_printf (C_("document", "SIREN %s"),
                                             text (self, CPT_DOCUMENT_SELLER_SIREN)));
  if (text (self, CPT_DOCUMENT_SELLER_RCS_CITY) != NULL)
    g_ptr_array_add (parts, g_strdup_printf ("RCS %s", text (self, CPT_DOCUMENT_SELLER_RCS_CITY)));
  if (text (self, CPT_DOCUMENT_SELLER_VAT_NUMBER) != NULL)
    g_ptr_array_add (parts, g_strdup_printf (C_("document", "VAT number %s"),
                                             text (self, CPT_DOCUMENT_SELLER_VAT_NUMBER)));
  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* Every page ends with the document number and « Page n/N » above a rule,
 * then the seller's legal identity and the footer text of the settings.
 * Returns the footer's height, measured from the bottom margin. */
double
cpt_blocks_footer (CptDocumentRenderer *self,
                   cairo_t             *cr,
                   guint                page,
                   guint                n_pages)
{
  g_autofree char *heading = document_heading (self);
  g_autofree char *identity = seller_identity (self);
  g_autofree char *page_text = g_strdup_printf (C_("document", "Page %u/%u"), page + 1, n_pages);
  const char *footer = text (self, CPT_DOCUMENT_FOOTER);
  double h_row, h_identity, h_footer, height, y;

  h_row = cpt_renderer_text (self, NULL, heading, FONT_FOOTER, &cpt_color_muted,
                             0, 0, CONTENT_WIDTH / 2, PANGO_ALIGN_LEFT);
  h_identity = cpt_renderer_text (self, NULL, identity, FONT_FOOTER, &cpt_color_muted,
                                  0, 0, CONTENT_WIDTH, PANGO_ALIGN_CENTER);
  h_footer = cpt_renderer_text (self, NULL, footer, FONT_FOOTER, &cpt_color_muted,
                                0, 0, CONTENT_WIDTH, PANGO_ALIGN_CENTER);
  height = h_row + CPT_MM (3.0) + h_identity + (h_footer > 0 ? CPT_MM (0.6) + h_footer : 0);
  if (cr == NULL)
    return height;

  y = CPT_DOCUMENT_PAGE_HEIGHT - PAGE_MARGIN_BOTTOM - height;
  cpt_renderer_text (self, cr, heading, FONT_FOOTER, &cpt_color_muted,
                     PAGE_MARGIN_LEFT, y, CONTENT_WIDTH / 2, PANGO_ALIGN_LEFT);
  cpt_renderer_text (self, cr, page_text, FONT_FOOTER, &cpt_color_muted,
                     PAGE_MARGIN_LEFT + CONTENT_WIDTH / 2, y, CONTENT_WIDTH / 2, PANGO_ALIGN_RIGHT);
  y += h_row + CPT_MM (1.5);
  cpt_renderer_rule (cr, &cpt_color_rule, PAGE_MARGIN_LEFT, CONTENT_RIGHT, y, 0.5);
  y += CPT_MM (1.5);
  y += cpt_renderer_text (self, cr, identity, FONT_FOOTER, &cpt_color_muted,
                          PAGE_MARGIN_LEFT, y, CONTENT_WIDTH, PANGO_ALIGN_CENTER);
  if (h_footer > 0)
    cpt_renderer_text (self, cr, footer, FONT_FOOTER, &cpt_color_muted,
                       PAGE_MARGIN_LEFT, y + CPT_MM (0.6), CONTENT_WIDTH, PANGO_ALIGN_CENTER);
  return height;
}

/* A label on the left and an amount on the right, on one row of a box. */
static double
amount_row (CptDocumentRenderer *self,
            cairo_t             *cr,
            const char          *label,
            gint64               cents,
            double               x,
            double               y,
            double               width,
            gboolean             emphasis)
{
  g_autofree char *amount = cpt_renderer_format_money (cents);
  CptFont font = emphasis ? FONT_TOTAL : FONT_BODY;
  const CptColor *color = emphasis ? &white : &cpt_color_text;
  double pad = CPT_MM (2.0);
  double h;

  h = MAX (cpt_renderer_text (self, NULL, label, font, color, 0, 0, width * 0.58, PANGO_ALIGN_LEFT),
           cpt_renderer_text (self, NULL, amount, font, color, 0, 0, width * 0.42 - 2 * pad,
                              PANGO_ALIGN_RIGHT));
  h += 2 * ROW_PAD + (emphasis ? CPT_MM (1.0) : 0);
  if (cr == NULL)
    return h;
  if (emphasis)
    cpt_renderer_fill (cr, &cpt_color_accent, x, y, width, h);
  else
    cpt_renderer_rule (cr, &cpt_color_rule, x, x + width, y + h, 0.4);
  y += ROW_PAD + (emphasis ? CPT_MM (0.5) : 0);
  cpt_renderer_text (self, cr, label, font, color, x + pad, y, width * 0.58, PANGO_ALIGN_LEFT);
  cpt_renderer_text (self, cr, amount, font, color, x + width * 0.58, y, width * 0.42 - pad,
                     PANGO_ALIGN_RIGHT);
  return h;
}

static double
draw_totals (CptDocumentRenderer *self,
             cairo_t             *cr,
             double               y)
{
  CptDocument *document = doc (self);
  gboolean vat = cpt_document_shows_vat (document);
  gint64 discount = cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_DISCOUNT);
  gint64 shipping = cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_SHIPPING);
  gint64 adjustment = cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_ADJUSTMENT);
  gint64 deposits = cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_DEPOSITS);
  double x = CONTENT_RIGHT - TOTALS_WIDTH;
  double top = y;

  if (discount != 0 || shipping != 0)
    y += amount_row (self, cr, C_("document", "Subtotal excl. VAT"),
                     cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_SUBTOTAL),
                     x, y, TOTALS_WIDTH, FALSE);
  if (discount != 0)
    y += amount_row (self, cr, C_("document", "Discount"), -discount, x, y, TOTALS_WIDTH, FALSE);
  if (shipping != 0)
    y += amount_row (self, cr, C_("document", "Shipping charges excl. VAT"), shipping,
                     x, y, TOTALS_WIDTH, FALSE);
  if (vat)
    {
      y += amount_row (self, cr, C_("document", "Total excl. VAT"),
                       cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL_EXCL),
                       x, y, TOTALS_WIDTH, FALSE);
      y += amount_row (self, cr, C_("document", "Total VAT"),
                       cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TAX),
                       x, y, TOTALS_WIDTH, FALSE);
    }
  if (adjustment != 0)
    {
      const char *label = text (self, CPT_DOCUMENT_ADJUSTMENT_LABEL);

      y += amount_row (self, cr, label != NULL ? label : C_("document", "Adjustment"), adjustment,
                       x, y, TOTALS_WIDTH, FALSE);
    }
  y += CPT_MM (1.0);
  y += amount_row (self, cr, vat ? C_("document", "Total incl. VAT") : C_("document", "Total"),
                   cpt_document_get_amount (document, CPT_DOCUMENT_AMOUNT_TOTAL),
                   x, y, TOTALS_WIDTH, deposits == 0);
  if (deposits != 0)
    {
      y += amount_row (self, cr, C_("document", "Deposits paid"), -deposits, x, y, TOTALS_WIDTH, FALSE);
      y += CPT_MM (1.0);
      y += amount_row (self, cr, C_("document", "Amount due"), cpt_document_get_amount_due (document),
                       x, y, TOTALS_WIDTH, TRUE);
    }
  return y - top;
}

/* VAT summary: base and VAT of each rate, as the law asks. */
static double
draw_vat_summary (CptDocumentRenderer *self,
                  cairo_t             *cr,
                  double               y)
{
  CptDocument *document = doc (self);
  guint n = cpt_document_get_n_vats (document);
  const char *titles[] = {
    C_("document", "VAT rate"), C_("document", "Base excl. VAT"), C_("document", "VAT amount"),
  };
  double widths[] = { VAT_WIDTH * 0.30, VAT_WIDTH * 0.37, VAT_WIDTH * 0.33 };
  double pad = CPT_MM (1.6);
  double top = y;
  double h = 0;
  double x;

  if (!cpt_document_shows_vat (document) || n == 0)
    return 0;
  x = PAGE_MARGIN_LEFT;
  for (guint c = 0; c < G_N_ELEMENTS (titles); c++)
    {
      h = MAX (h, cpt_renderer_text (self, NULL, titles[c], FONT_TABLE_HEADER, &cpt_color_text,
                                     0, 0, widths[c] - 2 * pad, PANGO_ALIGN_RIGHT));
    }
  h += 2 * ROW_PAD;
  cpt_renderer_fill (cr, &cpt_color_shade, PAGE_MARGIN_LEFT, y, VAT_WIDTH, h);
  for (guint c = 0; c < G_N_ELEMENTS (titles); c++)
    {
      cpt_renderer_text (self, cr, titles[c], FONT_TABLE_HEADER, &cpt_color_text, x + pad, y + ROW_PAD,
                         widths[c] - 2 * pad, c == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      x += widths[c];
    }
  y += h;
  for (guint i = 0; i < n; i++)
    {
      const CptDocumentVat *tax = cpt_document_get_vat (document, i);
      char *cells[3] = {
        cpt_percent_format (tax->rate),
        cpt_renderer_format_money (tax->base),
        cpt_renderer_format_money (tax->amount),
      };

      h = 0;
      x = PAGE_MARGIN_LEFT;
      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        {
          h = MAX (h, cpt_renderer_text (self, cr, cells[c], FONT_TABLE, &cpt_color_text,
                                         x + pad, y + ROW_PAD, widths[c] - 2 * pad,
                                         c == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT));
          x += widths[c];
        }
      y += h + 2 * ROW_PAD;
      cpt_renderer_rule (cr, &cpt_color_rule, PAGE_MARGIN_LEFT, PAGE_MARGIN_LEFT + VAT_WIDTH, y, 0.4);
      for (guint c = 0; c < G_N_ELEMENTS (cells); c++)
        g_free (cells[c]);
    }
  return y - top;
}

/* A small heading over a paragraph. */
static double
paragraph (CptDocumentRenderer *self,
           cairo_t             *cr,
           const char          *heading,
           const char          *body,
           double               x,
           double               y,
           double               width)
{
  double top = y;

  if (heading != NULL)
    y += cpt_renderer_text (self, cr, heading, FONT_SMALL_BOLD, &cpt_color_accent,
                            x, y, width, PANGO_ALIGN_LEFT) + CPT_MM (0.8);
  y += cpt_renderer_text (self, cr, body, FONT_SMALL, &cpt_color_text,
                          x, y, width, PANGO_ALIGN_LEFT);
  return y - top;
}

static void
append_line (GString    *out,
             const char *line)
{
  if (line == NULL || *line == '\0')
    return;
  if (out->len > 0)
    g_string_append_c (out, '\n');
  g_string_append (out, line);
}

static char *
late_payment_sentence (CptDocumentRenderer *self)
{
  gint32 rate = cpt_document_get_late_penalty_rate (doc (self));
  g_autofree char *percent = NULL;

  /* Code de commerce L441-10: the penalty rate and the 40 € fixed
   * recovery indemnity must appear on every invoice. */
  if (rate == 0)
    return g_strdup (C_("document", "Late payment: penalties at three times the legal interest "
                                    "rate and a fixed recovery indemnity of 40 € (Code de "
                                    "commerce art. L441-10 and D441-5)."));
  percent = cpt_percent_format (rate);
  return g_strdup_printf (C_("document", "Late payment: penalties at the annual rate of %s and a "
                                         "fixed recovery indemnity of 40 € (Code de commerce "
                                         "art. L441-10 and D441-5)."), percent);
}

static char *
payment_text (CptDocumentRenderer *self)
{
  GString *out = g_string_new (NULL);
  g_autofree char *due = date_text (self, CPT_DOCUMENT_DATE_DUE);
  const char *terms = text (self, CPT_DOCUMENT_PAYMENT_TERMS);
  const char *iban = text (self, CPT_DOCUMENT_SELLER_IBAN);
  const char *bic = text (self, CPT_DOCUMENT_SELLER_BIC);
  gboolean invoice = is_kind (self, CPT_DOCUMENT_KIND_INVOICE);
  g_autofree char *line = NULL;

  if (invoice && due != NULL && terms != NULL)
    line = g_strdup_printf (C_("document", "Due date: %s (%s)."), due, terms);
  else if (invoice && due != NULL)
    line = g_strdup_printf (C_("document", "Due date: %s."), due);
  else if (terms != NULL)
    line = g_strdup_printf (C_("document", "Payment terms: %s."), terms);
  append_line (out, line);
  if (invoice)
    {
      const char *early = text (self, CPT_DOCUMENT_EARLY_PAYMENT);
      g_autofree char *early_line = NULL;
      g_autofree char *late = late_payment_sentence (self);

      if (early != NULL)
        early_line = g_strdup_printf (C_("document", "Early payment discount: %s."), early);
      else
        early_line = g_strdup (C_("document", "No discount for early payment."));
      append_line (out, early_line);
      append_line (out, late);
    }
  if (iban != NULL)
    {
      g_autofree char *bank = NULL;

      if (bic != NULL)
        bank = g_strdup_printf (C_("document", "Bank transfer: IBAN %s · BIC %s"), iban, bic);
      else
        bank = g_strdup_printf (C_("document", "Bank transfer: IBAN %s"), iban);
      append_line (out, bank);
    }
  return g_string_free (out, FALSE);
}

static gboolean
has_payment (CptDocumentRenderer *self)
{
  return is_kind (self, CPT_DOCUMENT_KIND_INVOICE) || is_kind (self, CPT_DOCUMENT_KIND_ORDER);
}

/* VAT per rate, the payment conditions and the notes on the left, the
 * totals box on the right. */
static double
draw_summary (CptDocumentRenderer *self,
              cairo_t             *cr,
              double               y)
{
  double left = draw_vat_summary (self, cr, y);

  if (has_payment (self))
    {
      g_autofree char *payment = payment_text (self);

      if (*payment != '\0')
        {
          if (left > 0)
            left += CPT_MM (5.0);
          left += paragraph (self, cr, C_("document", "Payment"), payment,
                             PAGE_MARGIN_LEFT, y + left, VAT_WIDTH);
        }
    }
  if (text (self, CPT_DOCUMENT_NOTES) != NULL)
    {
      if (left > 0)
        left += CPT_MM (5.0);
      left += paragraph (self, cr, C_("document", "Notes"), text (self, CPT_DOCUMENT_NOTES),
                         PAGE_MARGIN_LEFT, y + left, VAT_WIDTH);
    }
  return MAX (left, draw_totals (self, cr, y));
}

static const char *
operations_mention (CptDocumentRenderer *self)
{
  switch (cpt_document_get_operations (doc (self)))
    {
    case CPT_OPERATIONS_GOODS:
      return C_("document", "Nature of the operations: supply of goods");
    case CPT_OPERATIONS_SERVICES:
      return C_("document", "Nature of the operations: supply of services");
    case CPT_OPERATIONS_MIXED:
      return C_("document", "Nature of the operations: supply of goods and services");
    case CPT_OPERATIONS_UNSPECIFIED:
    default:
      return NULL;
    }
}

/* The VAT and e-invoicing mentions that apply to this document. */
static char *
mentions_text (CptDocumentRenderer *self)
{
  CptDocument *document = doc (self);
  GString *out = g_string_new (NULL);
  gboolean invoicing = is_kind (self, CPT_DOCUMENT_KIND_INVOICE) ||
                       is_kind (self, CPT_DOCUMENT_KIND_CREDIT_NOTE);

  if (!cpt_document_has_prices (document))
    return g_string_free (out, FALSE);

  if (is_kind (self, CPT_DOCUMENT_KIND_CREDIT_NOTE) && text (self, CPT_DOCUMENT_CANCELLED_NUMBER))
    {
      g_autofree char *date = date_text (self, CPT_DOCUMENT_DATE_CANCELLED_ISSUE);
      g_autofree char *line = NULL;

      if (date != NULL)
        line = g_strdup_printf (C_("document", "This credit note cancels invoice %s of %s."),
                                text (self, CPT_DOCUMENT_CANCELLED_NUMBER), date);
      else
        line = g_strdup_printf (C_("document", "This credit note cancels invoice %s."),
                                text (self, CPT_DOCUMENT_CANCELLED_NUMBER));
      append_line (out, line);
    }
  if (cpt_document_get_vat_franchise (document))
    append_line (out, C_("document", "VAT not applicable, art. 293 B of the CGI"));
  else
    {
      for (guint i = 0; i < cpt_document_get_n_vats (document); i++)
        {
          const char *mention = cpt_document_get_vat (document, i)->mention;

          if (mention != NULL && strstr (out->str, mention) == NULL)
            append_line (out, mention);
        }
      if (invoicing && cpt_document_get_vat_on_debits (document))
        append_line (out, C_("document", "Option for paying VAT on debits"));
    }
  if (invoicing)
    append_line (out, operations_mention (self));
  return g_string_free (out, FALSE);
}

static const char *
terms_text (CptDocumentRenderer *self)
{
  const char *terms = text (self, CPT_DOCUMENT_TERMS_AND_CONDITIONS);

  return terms != NULL ? terms
                       : C_("document", "Our general terms and conditions of sale apply to this order.");
}

/* Two boxes side by side for the customer to date and sign, on the
 * right; on the left, for orders, the terms and conditions. */
static double
signature_box (CptDocumentRenderer *self,
               cairo_t             *cr,
               const char          *heading,
               const char          *left,
               const char          *right,
               double               y)
{
  double width = CONTENT_WIDTH * 0.58;
  double x = CONTENT_RIGHT - width;
  double split = CPT_MM (36.0);
  double box = CPT_MM (20.0);
  double terms = 0;
  double h;

  if (is_kind (self, CPT_DOCUMENT_KIND_ORDER))
    terms = paragraph (self, cr, C_("document", "Terms and conditions"), terms_text (self),
                       PAGE_MARGIN_LEFT, y, CONTENT_WIDTH - width - CPT_MM (8.0));
  h = cpt_renderer_text (self, cr, heading, FONT_SMALL_BOLD, &cpt_color_accent,
                         x, y, width, PANGO_ALIGN_LEFT) + CPT_MM (1.0);
  if (cr != NULL)
    {
      cairo_set_source_rgb (cr, cpt_color_muted.red, cpt_color_muted.green, cpt_color_muted.blue);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, x, y + h, width, box);
      cairo_move_to (cr, x + split, y + h);
      cairo_line_to (cr, x + split, y + h + box);
      cairo_stroke (cr);
    }
  cpt_renderer_text (self, cr, left, FONT_SMALL, &cpt_color_muted, x + CPT_MM (2.0),
                     y + h + CPT_MM (1.5), split - CPT_MM (4.0), PANGO_ALIGN_LEFT);
  cpt_renderer_text (self, cr, right, FONT_SMALL, &cpt_color_muted, x + split + CPT_MM (2.0),
                     y + h + CPT_MM (1.5), width - split - CPT_MM (4.0), PANGO_ALIGN_LEFT);
  return MAX (h + box, terms);
}

gboolean
cpt_blocks_is_shown (CptDocumentRenderer *self,
                     CptBlock             block)
{
  g_autofree char *body = NULL;

  switch (block)
    {
    case BLOCK_SUMMARY:
      return cpt_document_has_prices (doc (self));
    case BLOCK_NOTES:
      /* Priced documents show their notes beside the totals. */
      return !cpt_document_has_prices (doc (self)) && text (self, CPT_DOCUMENT_NOTES) != NULL;
    case BLOCK_MENTIONS:
      body = mentions_text (self);
      return *body != '\0';
    case BLOCK_APPROVAL:
      return is_kind (self, CPT_DOCUMENT_KIND_ORDER);
    case BLOCK_RECEIPT:
      return is_kind (self, CPT_DOCUMENT_KIND_DELIVERY_NOTE);
    case N_BLOCKS:
    default:
      return FALSE;
    }
}

/* Draws (or measures) a block at y; returns its height. */
double
cpt_blocks_draw (CptDocumentRenderer *self,
                 cairo_t             *cr,
                 CptBlock             block,
                 double               y)
{
  g_autofree char *body = NULL;

  switch (block)
    {
    case BLOCK_SUMMARY:
      return draw_summary (self, cr, y);
    case BLOCK_NOTES:
      return paragraph (self, cr, C_("document", "Notes"), text (self, CPT_DOCUMENT_NOTES),
                        PAGE_MARGIN_LEFT, y, CONTENT_WIDTH);
    case BLOCK_MENTIONS:
      body = mentions_text (self);
      return paragraph (self, cr, NULL, body, PAGE_MARGIN_LEFT, y, CONTENT_WIDTH);
    case BLOCK_APPROVAL:
      return signature_box (self, cr, C_("document", "Agreed and accepted"),
                            C_("document", "Date:"), C_("document", "Signature and company stamp:"), y);
    case BLOCK_RECEIPT:
      return signature_box (self, cr, C_("document", "Received in good condition"),
                            C_("document", "Date:"), C_("document", "Signature:"), y);
    case N_BLOCKS:
    default:
      return 0;
    }
}
