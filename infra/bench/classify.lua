-- wrk: POST one sentiment classification (the body of infra/events/classify.json).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"model":"sentiment","text":"A warm, funny and beautifully acted film."}'
