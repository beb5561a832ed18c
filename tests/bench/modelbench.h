// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

// The list model's figures, measured in a process of their own (no sandbox in it), so that
// its resident memory is the model's and the client's alone.
namespace ModelBench {

// Reads users from the API at `apiUrl` until `numbers` phone numbers are there, then prints
// model_load_…_ms, rss_…_mb, filter_…_ms and sort_…_ms. Returns the process's exit code.
int run(const QUrl &apiUrl, const QString &secretKey, int numbers);
// Load all of the whole instance at `apiUrl` into the list model under the window's filter model:
// load_all_stall_max_ms, the longest the thread is kept from its events meanwhile.
int runLoadAll(const QUrl &apiUrl, const QString &secretKey);

} // namespace ModelBench
