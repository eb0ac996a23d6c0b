/* cpt-line-quantity.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-line-quantity"

#include "config.h"

#include "cpt-line-quantity.h"

#include <glib/gi18n.h>

#include "cpt-error.h"
#include "cpt-money.h"
#include "cpt-order-line.h"

static const char *
line_name (CptOrderLine *line)
{
  const char *description = cpt_order_line_get_description (line);

  return description != NULL && *description != '\0' ? description : "—";
}

static gint64
remaining (CptOrderLine           *line,
           CptLineQuantityPurpose  purpose)
{
  gint64 done = purpose == CPT_LINE_QUANTITY_TO_SHIP
    ? cpt_order_line_get_quantity_shipped (line)
    : cpt_order_line_get_quantity_invoiced (line);

  return MAX (cpt_order_line_get_quantity (line) - done, 0);
}

static gboolean
check_quantity (CptOrderLine            *line,
                guint                    index,
                const char              *field,
                gint64                   quantity,
                CptLineQuantityPurpose   purpose,
                gboolean                 shippable,
                GError                 **error)
{
  gint64 left = remaining (line, purpose);

  if (quantity < 0)
    {
      cpt_error_add_field (error, field,
                           _("Line %u (%s): the quantity cannot be negative."),
                           index + 1, line_name (line));
      return FALSE;
    }
  if (purpose == CPT_LINE_QUANTITY_TO_SHIP && !shippable && quantity > 0)
    {
      cpt_error_add_field (error, field,
                           _("Line %u (%s) is a service: it is not shipped."),
                           index + 1, line_name (line));
      return FALSE;
    }
  if (quantity > left)
    {
      g_autofree char *wanted = cpt_quantity_format (quantity);
      g_autofree char *left_text = cpt_quantity_format (left);

      if (purpose == CPT_LINE_QUANTITY_TO_SHIP)
        cpt_error_add_field (error, field,
                             _("Line %u (%s): %s to ship, but only %s remain to be shipped."),
                             index + 1, line_name (line), wanted, left_text);
      else
        cpt_error_add_field (error, field,
                             _("Line %u (%s): %s to invoice, but only %s remain to be invoiced."),
                             index + 1, line_name (line), wanted, left_text);
      return FALSE;
    }
  return TRUE;
}

GArray *
cpt_line_quantity_resolve (GPtrArray               *order_lines,
                           const CptLineQuantity   *request,
                           guint                    n_request,
                           CptLineQuantityPurpose   purpose,
                           const gboolean          *shippable,
                           const char              *order_number,
                           GError                 **error)
{
  g_autoptr(GArray) taken = g_array_sized_new (FALSE, TRUE, sizeof (gint64), order_lines->len);
  g_autoptr(GError) problems = NULL;
  gint64 total = 0;

  g_array_set_size (taken, order_lines->len);

  if (request == NULL)
    {
      for (guint i = 0; i < order_lines->len; i++)
        if (purpose == CPT_LINE_QUANTITY_TO_INVOICE || shippable[i])
          g_array_index (taken, gint64, i) = remaining (g_ptr_array_index (order_lines, i), purpose);
    }
  else
    {
      for (guint r = 0; r < n_request; r++)
        {
          guint i;

          for (i = 0; i < order_lines->len; i++)
            if (cpt_order_line_get_id (g_ptr_array_index (order_lines, i)) == request[r].line_id)
              break;
          if (i == order_lines->len)
            {
              g_autofree char *field = g_strdup_printf ("lines[%u].line_id", r);

              cpt_error_add_field (error, field,
                                   _("The line %lld is not a line of order %s."),
                                   (long long) request[r].line_id, order_number);
              return NULL;
            }
          /* A line listed twice takes the sum, checked as a whole. */
          if (__builtin_add_overflow (g_array_index (taken, gint64, i), request[r].quantity,
                                      &g_array_index (taken, gint64, i)))
            g_array_index (taken, gint64, i) = G_MAXINT64;
        }

      /* Every line is checked, each refusal naming the first request entry
       * for that line, so that one answer lists all the excesses. */
      for (guint i = 0; i < order_lines->len; i++)
        {
          CptOrderLine *line = g_ptr_array_index (order_lines, i);
          g_autofree char *field = NULL;

          for (guint r = 0; r < n_request && field == NULL; r++)
            if (request[r].line_id == cpt_order_line_get_id (line))
              field = g_strdup_printf ("lines[%u].quantity", r);
          check_quantity (line, i, field, g_array_index (taken, gint64, i), purpose,
                          shippable == NULL || shippable[i], &problems);
        }
      if (!cpt_error_finish (&problems, error))
        return NULL;
    }

  for (guint i = 0; i < order_lines->len; i++)
    total += g_array_index (taken, gint64, i);

  if (total == 0)
    {
      if (purpose == CPT_LINE_QUANTITY_TO_SHIP)
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                     _("Nothing to ship: every line of order %s is already shipped or set to zero."),
                     order_number);
      else
        g_set_error (error, CPT_ERROR, CPT_ERROR_INVALID,
                     _("Nothing to invoice: every line of order %s is already invoiced or set to zero."),
                     order_number);
      return NULL;
    }

  return g_steal_pointer (&taken);
}
