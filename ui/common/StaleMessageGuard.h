#pragma once

#include <QObject>

class QLabel;
class QWidget;

/**
 * Keeps a message on screen from outliving a language switch in the old language. A message records
 * the UI language it was written in (the default QLocale, which Translator sets per language); on
 * QEvent::LanguageChange a message still in the old language is cleared. A parent handles
 * LanguageChange before its children, so an owner that shows its message again in its own
 * changeEvent() (or on WizardContext::languageChanged) keeps it: only what nobody re-rendered goes.
 */
class StaleMessageGuard : public QObject
{
    Q_OBJECT

public:
    /// The language a message written now is in.
    static QString currentLanguageTag();
    /// Records that @p label shows a message written now; the guard clears and hides it if it goes stale.
    static void watch(QLabel *label);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StaleMessageGuard(QObject *parent = nullptr);
    static StaleMessageGuard *instance();
};
