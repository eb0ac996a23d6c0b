/* cpt-delivery-method.c
 *
 * Copyright 2026 The Comptoir authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "cpt-delivery-method"

#include "config.h"

#include "cpt-delivery-method.h"

struct _CptDeliveryMethod
{
  GObject parent_instance;

  gint64 id;
  char *name;
  gboolean active;
};

G_DEFINE_FINAL_TYPE (CptDeliveryMethod, cpt_delivery_method, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cpt_delivery_method_finalize (GObject *object)
{
  CptDeliveryMethod *self = CPT_DELIVERY_METHOD (object);

  g_free (self->name);

  G_OBJECT_CLASS (cpt_delivery_method_parent_class)->finalize (object);
}

static void
cpt_delivery_method_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CptDeliveryMethod *self = CPT_DELIVERY_METHOD (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_ACTIVE: g_value_set_boolean (value, self->active); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_delivery_method_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CptDeliveryMethod *self = CPT_DELIVERY_METHOD (object);

  switch (prop_id)
    {
    case PROP_ID: cpt_delivery_method_set_id (self, g_value_get_int64 (value)); break;
    case PROP_NAME: cpt_delivery_method_set_name (self, g_value_get_string (value)); break;
    case PROP_ACTIVE: cpt_delivery_method_set_active (self, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cpt_delivery_method_class_init (CptDeliveryMethodClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = cpt_delivery_method_finalize;
  object_class->get_property = cpt_delivery_method_get_property;
  object_class->set_property = cpt_delivery_method_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", rw);
  properties[PROP_ACTIVE] = g_param_spec_boolean ("active", NULL, NULL, TRUE, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cpt_delivery_method_init (CptDeliveryMethod *self)
{
  self->name = g_strdup ("");
  self->active = TRUE;
}

CptDeliveryMethod *
cpt_delivery_method_new (void)
{
  return g_object_new (CPT_TYPE_DELIVERY_METHOD, NULL);
}

CptDeliveryMethod *
cpt_delivery_method_copy (CptDeliveryMethod *self)
{
  g_return_val_if_fail (CPT_IS_DELIVERY_METHOD (self), NULL);

  return g_object_new (CPT_TYPE_DELIVERY_METHOD,
                       "id", self->id,
                       "name", self->name,
                       "active", self->active,
                       NULL);
}

gint64
cpt_delivery_method_get_id (CptDeliveryMethod *self)
{
  g_return_val_if_fail (CPT_IS_DELIVERY_METHOD (self), 0);

  return self->id;
}

void
cpt_delivery_method_set_id (CptDeliveryMethod *self,
                         gint64 value)
{
  g_return_if_fail (CPT_IS_DELIVERY_METHOD (self));

  if (self->id == value)
    return;
  self->id = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cpt_delivery_method_get_name (CptDeliveryMethod *self)
{
  g_return_val_if_fail (CPT_IS_DELIVERY_METHOD (self), NULL);

  return self->name;
}

void
cpt_delivery_method_set_name (CptDeliveryMethod *self,
                         const char * value)
{
  g_return_if_fail (CPT_IS_DELIVERY_METHOD (self));

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->name, value) == 0)
    return;
  g_free (self->name);
  self->name = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

gboolean
cpt_delivery_method_get_active (CptDeliveryMethod *self)
{
  g_return_val_if_fail (CPT_IS_DELIVERY_METHOD (self), FALSE);

  return self->active;
}

void
cpt_delivery_method_set_active (CptDeliveryMethod *self,
                         gboolean value)
{
  g_return_if_fail (CPT_IS_DELIVERY_METHOD (self));

  value = !!value;
  if (self->active == value)
    return;
  self->active = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTIVE]);
}
