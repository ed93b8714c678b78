// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every libFuzzer harness starts from: the fuzzer's bytes as the QByteArray the code under test reads.

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace RouteDeck::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace RouteDeck::Fuzz
