/* cpt-delivery-method.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CPT_TYPE_DELIVERY_METHOD (cpt_delivery_method_get_type ())

/* A delivery method of the settings (carrier, pick-up…). */
G_DECLARE_FINAL_TYPE (CptDeliveryMethod, cpt_delivery_method, CPT, DELIVERY_METHOD, GObject)

CptDeliveryMethod *cpt_delivery_method_new        (void);
CptDeliveryMethod *cpt_delivery_method_copy       (CptDeliveryMethod *self);
gint64             cpt_delivery_method_get_id     (CptDeliveryMethod *self);
void               cpt_delivery_method_set_id     (CptDeliveryMethod *self,
                                                   gint64            id);
const char        *cpt_delivery_method_get_name   (CptDeliveryMethod *self);
void               cpt_delivery_method_set_name   (CptDeliveryMethod *self,
                                                   const char        *name);
gboolean           cpt_delivery_method_get_active (CptDeliveryMethod *self);
void               cpt_delivery_method_set_active (CptDeliveryMethod *self,
                                                   gboolean          active);

G_END_DECLS
