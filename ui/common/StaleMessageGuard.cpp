#include "common/StaleMessageGuard.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QVariant>

namespace {
const char *const ShownInProperty = "_suw_shownInLanguage";
const char *const WatchedProperty = "_suw_staleGuarded";
} // namespace

StaleMessageGuard::StaleMessageGuard(QObject *parent)
    : QObject(parent)
{ }

StaleMessageGuard *StaleMessageGuard::instance()
{
    // One filter for every label, owned by the application so it outlives the widgets it watches.
    static QPointer<StaleMessageGuard> guard;
    if (!guard)
        guard = new StaleMessageGuard(QCoreApplication::instance());
    return guard;
}

QString StaleMessageGuard::currentLanguageTag()
{
    return QLocale().name();
}

void StaleMessageGuard::watch(QLabel *label)
{
    label->setProperty(ShownInProperty, currentLanguageTag());
    if (!label->property(WatchedProperty).toBool()) {
        label->setProperty(WatchedProperty, true);
        label->installEventFilter(instance());
    }
}

bool StaleMessageGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        auto *label = qobject_cast<QLabel *>(watched);
        if (label && !label->text().isEmpty()
            && label->property(ShownInProperty).toString() != currentLanguageTag()) {
            label->clear();
            label->setAccessibleName({});
            label->hide();
        }
    }
    return QObject::eventFilter(watched, event);
}
