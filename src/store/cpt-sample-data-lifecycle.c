/* cpt-sample-data-lifecycle.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-sample-data"

#include "config.h"

#include "cpt-credit-note-service.h"
#include "cpt-error.h"
#include "cpt-invoice-service.h"
#include "cpt-order-service-private.h"
#include "cpt-sample-data-private.h"
#include "cpt-shipment-service.h"

/* The demo's shipments, invoices, payments and credit notes: the oldest
 * confirmed orders go through their life, so the lists show orders shipped
 * (some delivered) and partially shipped, invoiced and partially invoiced, paid and
 * credited, some closed by the closing rule. Invoices are issued in date
 * order, as the numbering requires. */

#define N_LIVED_ORDERS 30

typedef enum
{
  LIFE_SHIPPED_INVOICED_PAID,
  LIFE_SHIPPED_INVOICED,
  LIFE_PARTIALLY_SHIPPED,
  LIFE_PARTIALLY_INVOICED,
  LIFE_CREDITED,
  LIFE_SHIPPED,
  N_LIVES
} Life;

static const char *const carriers[] = { "Colissimo", "Chronopost", "DB Schenker", "" };

/* The first line, whole: a partial shipment or invoice when the order has
 * more lines; otherwise half of it. */
static gboolean
first_line_part (CptDatabase      *db,
                 gint64            order_id,
                 CptLineQuantity  *part,
                 GError          **error)
{
  g_autoptr(GPtrArray) lines = cpt_order_service_load_lines (db, order_id, error);
  CptOrderLine *first;

  if (lines == NULL)
    return FALSE;
  first = g_ptr_array_index (lines, 0);
  part->line_id = cpt_order_line_get_id (first);
  part->quantity = cpt_order_line_get_quantity (first);
  if (lines->len == 1)
    part->quantity = MAX (part->quantity / 2000 * 1000, 1000);
  return TRUE;
}

/* Ships; an order of services only has nothing to ship, which is no fault. */
static gboolean
ship (CptDatabase            *db,
      gint64                  order_id,
      const char             *date,
      guint                   index,
      const CptLineQuantity  *part,
      gint64                 *shipment_id,
      GError                **error)
{
  g_autoptr(GError) local_error = NULL;
  gint64 id;
  g_autofree char *tracking = g_strdup_printf ("6A%010u", 1843200 + index * 7919);
  const char *carrier = carriers[index % G_N_ELEMENTS (carriers)];
  CptShipmentRequest request = {
    0, date, carrier, *carrier != '\0' ? tracking : "", part, part != NULL ? 1 : 0,
  };

  id = cpt_shipment_service_create (db, order_id, &request, &local_error);
  if (shipment_id != NULL)
    *shipment_id = id;
  if (id > 0 || g_error_matches (local_error, CPT_ERROR, CPT_ERROR_INVALID))
    return TRUE;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

static gint64
invoice (CptDatabase            *db,
         gint64                  order_id,
         const char             *date,
         const CptLineQuantity  *part,
         GError                **error)
{
  CptInvoiceRequest request = { date, part, part != NULL ? 1 : 0 };

  return cpt_invoice_service_create_issued (db, order_id, &request, error);
}

static gboolean
live (CptDatabase       *db,
      CptSampleContext  *context,
      gint64             order_id,
      guint              index,
      GError           **error)
{
  /* Two days apart, oldest first, up to a few days ago. */
  g_autofree char *date = cpt_sample_context_date (context, 3 + 2 * (N_LIVED_ORDERS - index));
  g_autofree char *later = cpt_sample_context_date (context, 2 + 2 * (N_LIVED_ORDERS - index));
  CptLineQuantity part;
  gint64 invoice_id;
  gint64 shipment_id = 0;

  switch ((Life) (index % N_LIVES))
    {
    case LIFE_SHIPPED_INVOICED_PAID:
      /* Delivered too, when there was something to ship. */
      return ship (db, order_id, date, index, NULL, &shipment_id, error) &&
             (shipment_id == 0 || cpt_shipment_service_mark_delivered (db, shipment_id, later, error)) &&
             (invoice_id = invoice (db, order_id, date, NULL, error)) > 0 &&
             cpt_invoice_service_mark_paid (db, invoice_id, later, error);
    case LIFE_SHIPPED_INVOICED:
      return ship (db, order_id, date, index, NULL, NULL, error) &&
             invoice (db, order_id, date, NULL, error) > 0;
    case LIFE_PARTIALLY_SHIPPED:
      return first_line_part (db, order_id, &part, error) &&
             ship (db, order_id, date, index, &part, NULL, error);
    case LIFE_PARTIALLY_INVOICED:
      return first_line_part (db, order_id, &part, error) &&
             invoice (db, order_id, date, &part, error) > 0;
    case LIFE_CREDITED:
      return (invoice_id = invoice (db, order_id, date, NULL, error)) > 0 &&
             cpt_credit_note_service_create (db, invoice_id, "Erreur de tarif", later, error) > 0;
    case LIFE_SHIPPED:
      return ship (db, order_id, date, index, NULL, NULL, error);
    case N_LIVES:
    default:
      g_assert_not_reached ();
    }
}

gboolean
cpt_sample_data_load_lifecycle (CptDatabase       *db,
                                CptSampleContext  *context,
                                GError           **error)
{
  guint n = MIN (context->confirmed_ids->len, N_LIVED_ORDERS);

  for (guint i = 0; i < n; i++)
    if (!live (db, context, g_array_index (context->confirmed_ids, gint64, i), i, error))
      return FALSE;
  return TRUE;
}
