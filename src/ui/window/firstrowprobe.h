// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QQuickWindow;

namespace PhoneDesk {

// Tells on stdout when the window first painted a row of the phone-number list, for
// phonedesk-bench's first_row_ms: "first row painted: N ms after main() began". Asked for with
// the environment variable PHONEDESK_FIRST_ROW=report (the window stays) or =exit (it quits).
class FirstRowProbe : public QObject
{
    Q_OBJECT

public:
    // Watches `window` when the environment asks for it; `sinceStart` runs from main()'s start.
    static void attachIfAsked(QQuickWindow *window, const QElapsedTimer &sinceStart);

private:
    FirstRowProbe(QQuickWindow *window, const QElapsedTimer &sinceStart, bool quitAfter);
    // Before a frame is polished and synchronized: whether it will hold a row.
    void checkFrame();
    void frameShown();

    QPointer<QQuickWindow> m_window;
    QPointer<QObject> m_list;
    QElapsedTimer m_sinceStart;
    bool m_quitAfter = false;
    bool m_frameHasRow = false;
    bool m_reported = false;
};

} // namespace PhoneDesk
