// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonsyntax.h"

#include <QByteArrayView>
#include <QJsonValue>

namespace RouteDeck {

// Small JSON documents (router answers, audit lines, request bodies) read by JsonReader into Qt's value
// types, for code that looks members up by name. Large answers walk JsonReader's elements instead.
namespace JsonTree {

struct Result
{
    QJsonValue value; // Undefined when the bytes are not JSON
    JsonSyntax::Location error;

    bool ok() const { return error.ok(); }
};

Result read(QByteArrayView bytes);

} // namespace JsonTree

} // namespace RouteDeck
