import json
DP = ("Mount Kelud on the Indonesian island of Java erupted late on Thursday, forcing 20,000 people to evacuate their homes, the national disaster agency said.\n\n"
 "The volcano hurled a column of ash and rock 17 kilometres into the sky, and ash fell on towns as far as 200 kilometres away.\n\n"
 "Three international airports in Java, including those in Surabaya and Yogyakarta, were closed on Friday morning.\n\n"
 "Authorities had raised the alert to its highest level on Thursday evening, less than two hours before the eruption.\n\n"
 "Kelud last erupted in 2007. An eruption in 1990 killed more than 30 people.")
LM = ("Mount Kelud, one of the most active volcanoes in Indonesia, erupted on Thursday night, forcing about 20,000 villagers to evacuate and covering much of East Java in grey ash.\n\n"
 "Some 20,000 villagers living within 10 kilometres of the crater are staying in shelters, officials said.\n\n"
 "Seven airports across Java were shut on Friday, stranding thousands of travellers.\n\n"
 "Residents described a night of thunderous explosions and falling gravel. \"It sounded like a war,\" said Sri Wahyuni, a farmer from Sugihwaras.\n\n"
 "Soldiers and police were helping to clear roads blocked by ash and fallen trees.")
def JT(dead):
  return ("The number of people evacuated after the eruption of Mount Kelud in East Java has risen to 35,000, the national disaster agency said on Friday evening.\n\n"
 f"{dead} people were killed when the roofs of their houses collapsed under the weight of wet ash, the agency said.\n\n"
 "Ash up to five centimetres thick covered roads and fields, and seven airports remained closed.\n\n"
 "Volcanologists warned that further eruptions were possible in the coming days.")
def story(dead, word):
  return {"id":"kelud-"+word,"articles":[
   {"title":"Volcano erupts on Mount Kelud, forcing 20,000 to evacuate - Daily Planet","text":DP,"outlet":"Daily Planet","published":"2026-11-28T06:00:00Z"},
   {"title":"Mount Kelud volcano erupts in Java, thousands flee | Le Monde Wire","text":LM,"outlet":"Le Monde Wire","published":"2026-11-28T14:00:00Z"},
   {"title":f"Mount Kelud eruption: {word} dead, 35,000 evacuated","text":JT(dead),"outlet":"Java Tribune","published":"2026-11-28T22:00:00Z"}]}
with open("kelud.jsonl","w") as f:
  for d,w in (("Three","three"),("Five","five")):
    f.write(json.dumps(story(d,w))+"\n")
