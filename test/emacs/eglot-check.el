;;; eglot-check.el --- Drive demarc-language-server from a real Emacs with eglot, in batch.  -*- lexical-binding: t; -*-
;; Set up exactly as the README tells Emacs users, then open a SOW, wait for the diagnostics,
;; ask for a hover and completion, and print what eglot received as JSON lines for run.mjs to compare
;; with the CLI; eglot's own complaints go to standard error. Usage: emacs --batch -l eglot-check.el SERVER-COMMAND... -- FILE LINE COL

(require 'eglot)
(require 'json)
(require 'markdown-mode)

(defun demarc-check--emit (kind &rest fields)
  (princ (concat (json-encode (append (list (cons 'kind kind)) fields)) "\n")))

(let* ((args command-line-args-left)
       (sep (cl-position "--" args :test #'string=))
       (server (cl-subseq args 0 sep))
       (rest (cl-subseq args (1+ sep)))
       (file (nth 0 rest))
       (hover-line (string-to-number (nth 1 rest)))
       (hover-col (string-to-number (nth 2 rest))))
  (setq command-line-args-left nil)
  ;; The README's set-up, with the server command given by the test.
  (define-derived-mode sow-mode markdown-mode "SOW")
  (add-to-list 'auto-mode-alist '("\\.sow\\.md\\'" . sow-mode))
  (add-to-list 'eglot-server-programs `(sow-mode . ,server))
  (add-hook 'sow-mode-hook #'eglot-ensure)
  (setq eglot-sync-connect 30)
  (find-file file)
  ;; eglot-ensure connects after the next command; a batch session has no commands, so run the hook once.
  (run-hooks 'post-command-hook)
  (unless (eglot-current-server) (error "eglot did not connect"))
  ;; Wait for the first diagnostics the server publishes.
  (let ((deadline (+ (float-time) 30)))
    (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
      (accept-process-output nil 0.1)))
  (dolist (d (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b)))))
    (let ((beg (flymake-diagnostic-beg d)))
      (demarc-check--emit "diagnostic"
                          (cons 'line (line-number-at-pos beg))
                          (cons 'type (symbol-name (flymake-diagnostic-type d)))
                          (cons 'text (flymake-diagnostic-text d)))))
  ;; Hover, as eldoc asks for it.
  (goto-char (point-min))
  (forward-line (1- hover-line))
  (forward-char hover-col)
  (let* ((server (eglot-current-server))
         (hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams))))
    (demarc-check--emit "hover" (cons 'text (plist-get (plist-get hover :contents) :value))))
  ;; Completion at the end of a RACI cell's line, as completion-at-point asks for it.
  (let* ((server (eglot-current-server))
         (items (jsonrpc-request server :textDocument/completion (eglot--TextDocumentPositionParams)))
         (items (if (vectorp items) items (plist-get items :items))))
    (demarc-check--emit "completion" (cons 'labels (mapcar (lambda (i) (plist-get i :label)) items))))
  (eglot-shutdown (eglot-current-server))
  (kill-emacs 0))
