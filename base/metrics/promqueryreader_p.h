// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to PrometheusDecoder: the `data` of a query answer, walked straight into PromQueryResult.

#include "jsonreader.h"
#include "prometheustypes.h"

#include <optional>
#include <string_view>

namespace RouteDeck {

// "NaN", "+Inf", "Inf", "-Inf" or a JSON number, as Prometheus writes sample values; nullopt otherwise.
std::optional<double> parseSampleValue(std::string_view text);

class PromQueryReader
{
public:
    explicit PromQueryReader(const PromHttpReply &reply);

    // False with errorString() naming the path ("data.result[3].values[17][1]") on a shape error.
    bool readData(std::optional<simdjson::dom::element> data, PromQueryResult *result);
    QString errorString() const { return m_error; }

private:
    struct Path;
    struct SeriesTally;

    bool readResultType(simdjson::dom::element value, PromQueryResult *result);
    bool readResult(simdjson::dom::element value, PromQueryResult *result);
    bool readSeriesList(simdjson::dom::element value, bool matrix, PromQueryResult *result);
    bool readSeries(simdjson::dom::element value, const Path &path, bool matrix, PromSeries *series, bool *histogram);
    bool readLabels(simdjson::dom::element value, Path path, PromLabels *labels);
    bool readSamples(simdjson::dom::element value, Path path, QList<PromSample> *samples);
    bool readSample(simdjson::dom::element value, const Path &path, PromSample *sample);
    bool readTime(simdjson::dom::element value, Path path, double *time);
    bool readValue(simdjson::dom::element value, Path path, double *number);
    bool readStringResult(simdjson::dom::element value, PromQueryResult *result);
    void warnAboutSkippedSeries(const SeriesTally &tally, PromQueryResult *result) const;

    bool shapeError(const QString &path, const QString &found, const QString &expected);

    QString m_where;
    QString m_error;
};

} // namespace RouteDeck
