/* cpt-customer.h
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "cpt-address.h"

G_BEGIN_DECLS

typedef enum
{
  CPT_CUSTOMER_KIND_COMPANY,
  CPT_CUSTOMER_KIND_INDIVIDUAL,
} CptCustomerKind;

#define CPT_TYPE_CUSTOMER_KIND (cpt_customer_kind_get_type ())
GType cpt_customer_kind_get_type (void) G_GNUC_CONST;

const char *cpt_customer_kind_to_string   (CptCustomerKind  kind);
gboolean    cpt_customer_kind_from_string (const char      *text,
                                           CptCustomerKind *kind);

#define CPT_TYPE_CUSTOMER (cpt_customer_get_type ())

G_DECLARE_FINAL_TYPE (CptCustomer, cpt_customer, CPT, CUSTOMER, GObject)

CptCustomer      *cpt_customer_new                  (void);
CptCustomer      *cpt_customer_copy                 (CptCustomer      *self);

gint64            cpt_customer_get_id               (CptCustomer      *self);
void              cpt_customer_set_id               (CptCustomer      *self,
                                                     gint64            id);
CptCustomerKind   cpt_customer_get_kind             (CptCustomer      *self);
void              cpt_customer_set_kind             (CptCustomer      *self,
                                                     CptCustomerKind   kind);
const char       *cpt_customer_get_display_name     (CptCustomer      *self);
void              cpt_customer_set_display_name     (CptCustomer      *self,
                                                     const char       *display_name);
const char       *cpt_customer_get_company_name     (CptCustomer      *self);
void              cpt_customer_set_company_name     (CptCustomer      *self,
                                                     const char       *company_name);
const char       *cpt_customer_get_contact_name     (CptCustomer      *self);
void              cpt_customer_set_contact_name     (CptCustomer      *self,
                                                     const char       *contact_name);
const char       *cpt_customer_get_email            (CptCustomer      *self);
void              cpt_customer_set_email            (CptCustomer      *self,
                                                     const char       *email);
const char       *cpt_customer_get_phone            (CptCustomer      *self);
void              cpt_customer_set_phone            (CptCustomer      *self,
                                                     const char       *phone);
const char       *cpt_customer_get_siren            (CptCustomer      *self);
void              cpt_customer_set_siren            (CptCustomer      *self,
                                                     const char       *siren);
const char       *cpt_customer_get_vat_number       (CptCustomer      *self);
void              cpt_customer_set_vat_number       (CptCustomer      *self,
                                                     const char       *vat_number);
const CptAddress *cpt_customer_get_billing_address  (CptCustomer      *self);
void              cpt_customer_set_billing_address  (CptCustomer      *self,
                                                     const CptAddress *address);
const CptAddress *cpt_customer_get_shipping_address (CptCustomer      *self);
void              cpt_customer_set_shipping_address (CptCustomer      *self,
                                                     const CptAddress *address);
const char       *cpt_customer_get_billing_city     (CptCustomer      *self);
gint64            cpt_customer_get_payment_terms_id (CptCustomer      *self);
void              cpt_customer_set_payment_terms_id (CptCustomer      *self,
                                                     gint64            payment_terms_id);
const char       *cpt_customer_get_notes            (CptCustomer      *self);
void              cpt_customer_set_notes            (CptCustomer      *self,
                                                     const char       *notes);
const char       *cpt_customer_get_created_at       (CptCustomer      *self);
const char       *cpt_customer_get_updated_at       (CptCustomer      *self);
void              cpt_customer_set_timestamps       (CptCustomer      *self,
                                                     const char       *created_at,
                                                     const char       *updated_at);

void              cpt_customer_normalize            (CptCustomer      *self);
gboolean          cpt_customer_validate             (CptCustomer      *self,
                                                     GError          **error);

G_END_DECLS
