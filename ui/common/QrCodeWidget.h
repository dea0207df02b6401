#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

/**
 * A QR code (QrMatrix: libqrencode, error correction M, 8-bit mode) for a text such as an approval
 * link, with the 4-module quiet zone, scaled by whole pixels per module so it stays sharp, black on
 * white whatever the theme. Shows a sentence instead when the text cannot be encoded.
 */
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int QuietZoneModules = 4;

    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    /// What the code is for, as assistive technology reads it ("QR code of the approval link").
    void setPurpose(const QString &purpose);
    QString purpose() const { return m_purpose; }

    /// True when there is a code to show (a non-empty text that could be encoded).
    bool hasCode() const { return !m_modules.isNull(); }
    /// Why the text could not be encoded; empty when it could.
    QString errorString() const { return m_error; }
    /// Modules per side including the quiet zone; 0 without a code.
    int moduleCount() const { return m_modules.isNull() ? 0 : m_modules.width(); }

    /**
     * The code as a @p size × @p size image (white around it when @p size is not a multiple of the
     * module count); at least one pixel per module. Null without a code.
     */
    QImage image(int size) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void encode();
    void updateAccessibility();

    QString m_text;
    QString m_purpose;
    QString m_error;
    /// One pixel per module, quiet zone included (Format_Mono: 0 white, 1 black).
    QImage m_modules;
};
