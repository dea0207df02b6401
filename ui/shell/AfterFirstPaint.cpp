#include "shell/AfterFirstPaint.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace {

/// Watches the application's events for the first paint of the window or any widget inside it.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> work)
        : QObject(window)
        , m_window(window)
        , m_work(std::move(work))
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && (watched == m_window || m_window->isAncestorOf(static_cast<QWidget *>(watched)))) {
            watched->removeEventFilter(this);
            QCoreApplication::instance()->removeEventFilter(this);
            // Queued: after this paint and the flush of the frame that follows it.
            QTimer::singleShot(0, this, [this] {
                m_work();
                deleteLater();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<QWidget> m_window;
    std::function<void()> m_work;
};

} // namespace

void afterFirstPaint(QWidget *window, std::function<void()> work)
{
    QCoreApplication::instance()->installEventFilter(new FirstPaintWatcher(window, std::move(work)));
}
